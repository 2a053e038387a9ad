using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Data.Tests.Fixtures;
using RadAudit.Data.Validation;
using RadAudit.Imaging.Tests.Decoding;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Validation;

public sealed class CorruptCorpusTests
{
    private static ImageDataSet Corpus(TemporaryFolder folder)
    {
        folder.WriteBytes("data/good.png", MuraFixture.Png(12, 10, 0.3f));
        folder.WriteBytes("data/truncated.png", CorruptImages.Truncated());
        folder.WriteBytes("data/random.png", CorruptImages.RandomBytes());
        folder.WriteBytes("data/zero.png", []);
        folder.WriteBytes("data/bomb.png", CorruptImages.Bomb());
        folder.WriteBytes("outside.png", MuraFixture.Png(12, 10, 0.3f));
        string manifest = folder.WriteText("data/manifest.csv",
            "path,label,patient\ngood.png,1,p1\ntruncated.png,0,p2\nrandom.png,0,p3\nzero.png,1,p4\nbomb.png,0,p5\n../outside.png,1,p6\nmissing.png,0,p7\n");
        return DataSetOpener.Open(manifest);
    }

    [Fact]
    public void Should_name_every_corrupt_file_with_its_own_error()
    {
        // Given one file of each kind of corruption
        using var folder = new TemporaryFolder();
        ImageDataSet data = Corpus(folder);

        // When validated with full decoding
        DataValidationReport report = DataValidator.Validate(data, ValidationOptions.Full);

        // Then each bad file has exactly its named error and the good one none
        var byFile = report.Problems.ToDictionary(problem => problem.File, problem => problem.Code);
        Assert.Equal(new Dictionary<string, string>
        {
            ["truncated.png"] = "truncated-image",
            ["random.png"] = "unreadable-image",
            ["zero.png"] = "zero-byte-file",
            ["bomb.png"] = "image-too-large",
            ["../outside.png"] = "path-escapes-root",
            ["missing.png"] = "missing-file",
        }, byFile);
        Assert.Equal(1, report.Summary.Sizes!.Images);
    }

    [Fact]
    public void Should_stop_with_the_report_unless_told_to_skip_bad_files()
    {
        using var folder = new TemporaryFolder();
        ImageDataSet data = Corpus(folder);

        // Without --skip-bad: an error naming the problems and the way out
        var stop = Assert.Throws<DataValidationException>(() => DataGate.Pass(data, ValidationOptions.Full, skipBad: false));
        Assert.Contains("6 data problem(s)", stop.Message);
        Assert.Contains(Settings.Mention(Settings.SkipBad), stop.Message);

        // With --skip-bad: exactly the good image is kept and the six others counted as skipped
        GatedDataSet kept = DataGate.Pass(data, ValidationOptions.Full, skipBad: true);
        Assert.Equal(["good.png"], kept.Data.Records.Select(record => record.Path));
        Assert.Equal(6, kept.SkippedImages);
    }

    [Fact]
    public void Should_find_truncation_only_when_decoding_pixels()
    {
        // A header-only check is fast but cannot see a cut-off pixel stream; every other failure it still names
        using var folder = new TemporaryFolder();
        DataValidationReport report = DataValidator.Validate(Corpus(folder), ValidationOptions.HeadersOnly);
        Assert.DoesNotContain(report.Problems, problem => problem.Kind == DataProblemKind.TruncatedImage);
        Assert.Equal(5, report.Problems.Count);
    }
}
