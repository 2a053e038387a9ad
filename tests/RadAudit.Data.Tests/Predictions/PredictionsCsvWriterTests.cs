using CsCheck;
using RadAudit.Core;
using RadAudit.Data.Predictions;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Predictions;

public sealed class PredictionsCsvWriterTests
{
    private static readonly Gen<string> Text = Gen.Select(Gen.Int[0, 4], Gen.Char["ab,\"_/.-=é"].Array[1, 8],
        (kind, chars) => new string(chars) + " " + kind); // inner spaces only: the reader trims values

    private static readonly Gen<PredictionRecord> Record = Gen.Select(Text, Gen.Int[-1, 1], Gen.Double[0, 1], Text, Text,
        (path, label, score, study, body) => new PredictionRecord(path, label < 0 ? null : label, score, study, "", body));

    [Fact]
    public void Should_round_trip_any_records_exactly()
    {
        // Given random records with commas, quotes and unknown labels (distinct paths)
        Record.List[0, 30].Select(list => list.DistinctBy(record => record.Path).ToList()).Sample(records =>
        {
            // When written and read back
            var text = new StringWriter();
            PredictionsCsvWriter.Write(text, records, "mem.csv");
            var back = PredictionsCsvReader.Read(new StringReader(text.ToString()), "mem.csv");

            // Then every field, including the exact score, survives
            Assert.Equal(records, back);
        }, seed: "0N0XIzNsQ0O2", iter: 200, threads: 1);
    }

    [Fact]
    public void Should_write_the_full_header_and_lf_line_ends()
    {
        var text = new StringWriter();
        PredictionsCsvWriter.Write(text, [new PredictionRecord("a.png", null, 0.1, "s", "p", "XR_HAND")], "mem.csv");
        Assert.Equal("path,label,score,study,patient,body_part\na.png,,0.1,s,p,XR_HAND\n", text.ToString());
    }

    [Fact]
    public void Should_leave_the_old_file_untouched_and_no_temp_file_when_writing_fails()
    {
        // Given an existing predictions file
        using var folder = new TemporaryFolder();
        string path = folder.WriteText("p.csv", "old");

        // When a write fails half way (a NaN score)
        var problem = Assert.Throws<RadAuditException>(() => PredictionsCsvWriter.Write(path,
            [new PredictionRecord("a.png", 1, 0.5), new PredictionRecord("b.png", 1, double.NaN)]));

        // Then the old file is intact, the error names the record, and no temporary file remains
        Assert.Contains("'b.png'", problem.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Should_replace_an_existing_file()
    {
        using var folder = new TemporaryFolder();
        string path = folder.WriteText("out/p.csv", "old");
        PredictionsCsvWriter.Write(path, [new PredictionRecord("a.png", 0, 0.25)]);
        Assert.Equal([new PredictionRecord("a.png", 0, 0.25)], PredictionsCsvReader.Read(path));
    }
}
