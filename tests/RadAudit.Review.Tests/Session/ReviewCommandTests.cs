using RadAudit.Review.Tests.Fixtures;
using RadAudit.Testing;

namespace RadAudit.Review.Tests.Session;

public sealed class ReviewCommandTests
{
    [Fact]
    public async Task Should_stop_with_one_line_naming_the_boxes_file_and_the_fix_when_its_paths_are_not_in_the_data()
    {
        // Given boxes for an image the data set does not have
        using var folder = new TemporaryFolder();
        var set = ReviewDataSet.Write(folder, 3);
        File.AppendAllText(set.BoxesFile, "other/x.png,1,1,4,4,laterality,0.5\n");

        // When `radaudit review` is run on them
        await using var command = CliProcess.Start("review", "--data", set.Manifest, "--boxes", set.BoxesFile, "--no-browser");
        int code = await command.WaitForExitAsync();

        // Then it fails with the count, the file and the fix, without a stack trace, and never listens
        Assert.Equal(1, code);
        Assert.Contains($"radaudit: {set.BoxesFile}: 1 of {set.Boxes.Count + 1} boxes name images that are not in", command.Output);
        Assert.Contains("Review with the data set the boxes were made for", command.Output);
        Assert.DoesNotContain("   at ", command.Output);
        Assert.DoesNotContain("http://", command.Output);
    }

    [Fact]
    public async Task Should_refuse_to_run_without_exactly_one_data_source()
    {
        // Given a boxes file and no --data or --images
        using var folder = new TemporaryFolder();
        var set = ReviewDataSet.Write(folder, 1);

        // When `radaudit review` is run
        await using var command = CliProcess.Start("review", "--boxes", set.BoxesFile, "--no-browser");

        // Then it is a usage error naming both options
        Assert.Equal(2, await command.WaitForExitAsync());
        Assert.Contains("exactly one of --data DIR", command.Output);
    }
}
