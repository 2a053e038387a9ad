using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Data.Tests.Fixtures;
using RadAudit.Data.Validation;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Validation;

/// <summary>Files that only look like images (pipes, link loops) and one file spelled several ways.</summary>
public sealed class OddFilesTests
{
    [SkippableFact]
    public void Should_report_a_named_pipe_called_image1_png_instead_of_hanging()
    {
        Skip.IfNot(SpecialFiles.CanMakePipes, "named pipes need Unix and mkfifo");
        // Given a manifest whose second image is a named pipe nobody writes to
        using var folder = new TemporaryFolder();
        folder.WriteBytes("img/good.png", MuraFixture.Png(8, 8, 0.5f));
        SpecialFiles.MakePipe(folder.Combine("img/image1.png"));
        string manifest = folder.WriteText("manifest.csv", "path,label,patient,split\nimg/good.png,1,p1,train\nimg/image1.png,0,p2,valid\n");

        // When the data set is checked with full decoding (data check) and with headers only (train)
        DataValidationReport full = SpecialFiles.WithinSeconds(20, () => DataValidator.Validate(DataSetOpener.Open(manifest), ValidationOptions.Full));
        DataValidationReport headers = SpecialFiles.WithinSeconds(20, () => DataValidator.Validate(DataSetOpener.Open(manifest), ValidationOptions.HeadersOnly));

        // Then both finish and name the pipe, which skip-bad would drop
        foreach (DataValidationReport report in new[] { full, headers })
        {
            DataProblem problem = Assert.Single(report.Errors);
            Assert.Equal("not-regular-file", problem.Code);
            Assert.Equal("img/image1.png", problem.File);
            Assert.StartsWith("a named pipe (FIFO), not an image file; it is not opened.", problem.Message);
            Assert.Equal([1], report.BadRecordIndices());
        }
    }

    [SkippableFact]
    public void Should_report_a_symbolic_link_loop_as_one_problem_of_that_file()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic-link loops are a Unix thing here");
        // Given a manifest with a good image and an image path that is a symbolic-link loop
        using var folder = new TemporaryFolder();
        folder.WriteBytes("img/good.png", MuraFixture.Png(8, 8, 0.5f));
        SpecialFiles.MakeLinkLoop(folder.Combine("img/loop.png"));
        string manifest = folder.WriteText("manifest.csv", "path,label,patient,split\nimg/good.png,1,p1,train\nimg/loop.png,0,p2,valid\n");

        // When validated (in parallel, as data check does)
        DataValidationReport report = DataValidator.Validate(DataSetOpener.Open(manifest), ValidationOptions.Full with { Workers = 4 });

        // Then the check completes with one named problem for the loop, and the good image is fine
        DataProblem problem = Assert.Single(report.Problems);
        Assert.Equal(("symlink-loop", "img/loop.png"), (problem.Code, problem.File));
        Assert.StartsWith("a symbolic-link loop", problem.Message);
        Assert.Equal(1, report.Summary.Sizes!.Images);
    }

    [Fact]
    public void Should_see_one_image_spelled_three_ways_as_one_path_so_it_cannot_sit_in_train_and_valid()
    {
        // Given one image listed as img/x.png in train and as ./img/x.png, img//x.png and img/./x.png in valid
        using var folder = new TemporaryFolder();
        folder.WriteBytes("img/x.png", MuraFixture.Png(8, 8, 0.5f));
        string manifest = folder.WriteText("manifest.csv",
            "path,label,patient,split\nimg/x.png,1,p1,train\n./img/x.png,1,p2,valid\nimg//x.png,1,p3,valid\nimg/./x.png,1,p4,valid\n");

        // When read and validated
        ImageDataSet data = DataSetOpener.Open(manifest);
        DataValidationReport report = DataValidator.Validate(data, ValidationOptions.HeadersOnly);

        // Then every record has the one spelling, the repeats are duplicates, and skip-bad keeps only the train one
        Assert.All(data.Records, record => Assert.Equal("img/x.png", record.Path));
        Assert.Equal(3, report.Errors.Count(problem => problem.Code == "duplicate-path"));
        Assert.Equal([1, 2, 3], report.BadRecordIndices());
    }

    [Fact]
    public void Should_compare_paths_of_records_made_elsewhere_by_the_same_spelling()
    {
        // Given records built in code (not by a reader) that spell one path two ways
        var records = new List<ImageRecord>
        {
            new("img/x.png", 1, "s1", "p1", "", Splits.Train),
            new("img/./x.png", 1, "s2", "p2", "", Splits.Valid),
        };
        using var folder = new TemporaryFolder();
        var data = new ImageDataSet(DataSetKind.Manifest, folder.Path, folder.Path, records, []);

        // When validated, then the second is a duplicate that names the first spelling
        DataProblem duplicate = Assert.Single(DataValidator.Validate(data, ValidationOptions.HeadersOnly).Problems, problem => problem.Code == "duplicate-path");
        Assert.Contains("as 'img/x.png'", duplicate.Message);
    }
}
