using RadAudit.Core;
using RadAudit.Data.Predictions;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Predictions;

public sealed class PredictionsCsvReaderTests
{
    private static IReadOnlyList<PredictionRecord> ReadText(string text) => PredictionsCsvReader.Read(new StringReader(text), "p.csv");

    private static RadAuditException Rejects(string text) => Assert.Throws<RadAuditException>(() => ReadText(text));

    [Fact]
    public void Should_read_the_three_required_columns_alone()
    {
        // Given a file with only path,label,score
        // When it is read
        var records = ReadText("path,label,score\na/1.png,1,0.75\na/2.png,0,0.25\n");

        // Then every row is a record and the optional fields are empty
        Assert.Equal([new PredictionRecord("a/1.png", 1, 0.75), new PredictionRecord("a/2.png", 0, 0.25)], records);
    }

    [Fact]
    public void Should_read_optional_columns_in_any_order()
    {
        // Given optional columns before the required ones
        var records = ReadText("body_part,study,path,score,label,patient\nXR_WRIST,s1,a/1.png,0.5,,p7\n");

        // Then they land in the right fields and an empty label is unknown
        Assert.Equal(new PredictionRecord("a/1.png", null, 0.5, "s1", "p7", "XR_WRIST"), Assert.Single(records));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("Infinity")]
    public void Should_reject_a_score_that_is_not_a_finite_number_naming_file_and_line(string score)
    {
        // Given a bad score on the third line
        var problem = Rejects($"path,label,score\na/1.png,1,0.5\na/2.png,0,{score}\n");

        // Then the message names the file, the line and the value
        Assert.Contains("p.csv line 3", problem.Message);
        Assert.Contains($"score '{score}'", problem.Message);
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("1.5")]
    public void Should_reject_a_score_outside_zero_one(string score)
        => Assert.Contains("outside [0, 1]", Rejects($"path,label,score\na/1.png,1,{score}\n").Message);

    [Theory]
    [InlineData("2")]
    [InlineData("yes")]
    [InlineData("0.5")]
    public void Should_reject_a_label_other_than_zero_one_or_empty(string label)
        => Assert.Contains($"label '{label}'", Rejects($"path,label,score\na/1.png,{label},0.5\n").Message);

    [Fact]
    public void Should_name_the_missing_required_columns()
    {
        var problem = Rejects("path,prob\na/1.png,0.5\n");
        Assert.Contains("label, score", problem.Message);
    }

    [Fact]
    public void Should_reject_a_path_that_appears_twice()
        => Assert.Contains("second time", Rejects("path,label,score\na/1.png,1,0.5\na/1.png,1,0.6\n").Message);

    [Fact]
    public void Should_reject_an_empty_path()
        => Assert.Contains("empty path", Rejects("path,label,score\n,1,0.5\n").Message);

    [Fact]
    public void Should_reject_an_empty_file()
        => Assert.Contains("empty file", Rejects("").Message);

    [Fact]
    public void Should_reject_a_row_with_a_missing_field_naming_its_line()
        => Assert.Contains("line 3", Rejects("path,label,score\na/1.png,1,0.5\na/2.png,1\n").Message);

    [Fact]
    public void Should_name_a_missing_file()
    {
        using var folder = new TemporaryFolder();
        string missing = folder.Combine("none.csv");
        var problem = Assert.Throws<RadAuditException>(() => PredictionsCsvReader.Read(missing));
        Assert.Contains(missing, problem.Message);
    }
}
