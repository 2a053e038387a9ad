using System.Text.Json;
using RadAudit.Testing;

namespace RadAudit.Cli.Tests;

public sealed class EvaluationVerbTests
{
    private const string Header = "path,label,score,study,patient,body_part\n";
    private const string FileA = Header + "a1.png,1,0.9,s1,p1,XR_HAND\na2.png,1,0.4,s2,p2,XR_HAND\nb1.png,0,0.3,s3,p3,XR_WRIST\nb2.png,0,0.6,s4,p4,XR_WRIST\nc.png,,0.5,s5,p5,XR_WRIST\n";
    private const string FileB = Header + "b2.png,0,0.1,s4,p4,XR_WRIST\na1.png,1,0.8,s1,p1,XR_HAND\nb1.png,0,0.2,s3,p3,XR_WRIST\na2.png,1,0.7,s2,p2,XR_HAND\nc.png,,0.5,s5,p5,XR_WRIST\n";

    private static (int Code, string Output, string Error) Run(params string[] args) => CliInvocation.Run(args);

    [Fact]
    public void Should_evaluate_a_predictions_file_and_write_the_json()
    {
        // Given a predictions file with one unlabelled row
        using var folder = new TemporaryFolder();
        string predictions = folder.WriteText("a.csv", FileA);
        string json = folder.Combine("out/eval.json");

        // When evaluated
        var (code, output, error) = Run("evaluate", "--predictions", predictions, "--bootstrap", "100", "--json", json);

        // Then it succeeds, prints the table and writes the keys (3 of 4 pairs won: AUC 0.75)
        Assert.True(code == 0, error);
        Assert.Contains("4 labelled images (2 abnormal), 1 unlabelled skipped", output);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(0.75, document.RootElement.GetProperty("auc").GetDouble(), 15);
        Assert.Equal("image", document.RootElement.GetProperty("level").GetString());
        Assert.Equal(2, document.RootElement.GetProperty("per_body_part").EnumerateObject().Count());
    }

    [Fact]
    public void Should_compare_two_files_matched_by_path()
    {
        using var folder = new TemporaryFolder();
        string a = folder.WriteText("a.csv", FileA), b = folder.WriteText("b.csv", FileB), json = folder.Combine("cmp.json");
        var (code, output, error) = Run("compare", "--a", a, "--b", b, "--bootstrap", "0", "--json", json);
        Assert.True(code == 0, error);
        Assert.Contains("paired DeLong", output);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(-0.25, document.RootElement.GetProperty("difference").GetProperty("auc").GetDouble(), 15);
    }

    [Fact]
    public void Should_exit_1_with_one_line_naming_the_row_of_a_nan_score()
    {
        using var folder = new TemporaryFolder();
        string predictions = folder.WriteText("bad.csv", "path,label,score\na.png,1,NaN\n");
        var (code, _, error) = Run("evaluate", "--predictions", predictions);
        Assert.Equal(1, code);
        Assert.Contains("bad.csv line 2: score 'NaN'", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Should_exit_1_when_compared_files_hold_different_labels()
    {
        using var folder = new TemporaryFolder();
        string a = folder.WriteText("a.csv", FileA), b = folder.WriteText("b.csv", FileB.Replace("a2.png,1", "a2.png,0"));
        var (code, _, error) = Run("compare", "--a", a, "--b", b, "--bootstrap", "0");
        Assert.Equal(1, code);
        Assert.Contains("'a2.png' is labelled 1", error);
    }

    [Fact]
    public void Should_exit_2_for_a_threshold_outside_zero_one_or_an_unknown_level()
    {
        Assert.Equal(2, Run("evaluate", "--predictions", "x.csv", "--threshold", "1.5").Code);
        Assert.Equal(2, Run("evaluate", "--predictions", "x.csv", "--level", "patient").Code);
    }
}
