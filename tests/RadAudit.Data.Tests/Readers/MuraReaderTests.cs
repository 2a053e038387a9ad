using RadAudit.Core;
using RadAudit.Data.Readers;
using RadAudit.Data.Sets;
using RadAudit.Data.Tests.Fixtures;
using RadAudit.Data.Validation;

namespace RadAudit.Data.Tests.Readers;

public sealed class MuraReaderTests
{
    [Fact]
    public void Should_derive_patient_study_body_part_view_and_label_from_the_paths()
    {
        // Given the default MURA fixture
        using var fixture = MuraFixture.Create();

        // When read from the folder holding MURA-v1.1
        ImageDataSet data = DataSetOpener.Open(fixture.Root);

        // Then every image is a record with the parts of its path, and nothing is wrong
        Assert.Equal(DataSetKind.Mura, data.Kind);
        Assert.Equal(22, data.Records.Count);
        Assert.Empty(data.ReadProblems);
        Assert.Equal(new ImageRecord("MURA-v1.1/train/XR_WRIST/patient00001/study1_positive/image2.png", 1,
            "MURA-v1.1/train/XR_WRIST/patient00001/study1_positive/", "patient00001", "XR_WRIST", Splits.Train, 2), data.Records[1]);
        Assert.Equal(8, data.Records.Count(record => record.Split == Splits.Valid));
        Assert.True(File.Exists(data.ResolvePath(data.Records[^1])));
    }

    [Fact]
    public void Should_accept_the_MURA_folder_itself_as_root()
    {
        using var fixture = MuraFixture.Create();
        ImageDataSet fromParent = DataSetOpener.Open(fixture.Root);
        ImageDataSet fromItself = DataSetOpener.Open(fixture.MuraFolder);
        Assert.Equal(fromParent.Root, fromItself.Root);
        Assert.Equal(fromParent.Records, fromItself.Records);
    }

    [Fact]
    public void Should_tolerate_crlf_missing_trailing_slashes_and_no_header()
    {
        // Given CSVs with CRLF endings and study rows without the trailing slash
        using var fixture = MuraFixture.Create(crlf: true, trailingSlash: false);

        // When read
        ImageDataSet data = MuraReader.Read(fixture.Root);

        // Then the labels still match (no problem) and no path carries a stray carriage return
        Assert.Empty(data.ReadProblems);
        Assert.Equal(22, data.Records.Count);
        Assert.All(data.Records, record => Assert.DoesNotContain('\r', record.Path));
        Assert.Equal(13, data.Records.Count(record => record.Label == 1));
    }

    [Fact]
    public void Should_skip_a_header_line_and_a_byte_order_mark()
    {
        // Given a labelled-studies CSV that someone saved with a BOM and a header
        using var fixture = MuraFixture.Create();
        string csv = Path.Combine(fixture.MuraFolder, "valid_labeled_studies.csv");
        File.WriteAllText(csv, "\uFEFFstudy,label\n" + File.ReadAllText(csv));

        // Then it reads as before
        ImageDataSet data = MuraReader.Read(fixture.Root);
        Assert.Empty(data.ReadProblems);
    }

    [Fact]
    public void Should_report_a_folder_suffix_that_disagrees_with_the_study_csv()
    {
        // Given the CSV calling a _positive study normal
        using var fixture = MuraFixture.Create(studyLabel: study => study is { Patient: 11 } ? 0 : null);

        // When read
        ImageDataSet data = MuraReader.Read(fixture.Root);

        // Then both of its images carry the CSV label and a named problem
        var problems = data.ReadProblems.Where(problem => problem.Kind == DataProblemKind.FolderLabelMismatch).ToList();
        Assert.Equal(2, problems.Count);
        Assert.All(problems, problem => Assert.Contains("patient00011", problem.File));
        Assert.All(problems, problem => Assert.Equal(0, data.Records[problem.RecordIndices.Single()].Label));
    }

    [Fact]
    public void Should_report_images_whose_study_has_no_label_row_and_studies_without_images()
    {
        // Given a study row removed and a row for a study with no images added
        using var fixture = MuraFixture.Create();
        string csv = Path.Combine(fixture.MuraFolder, "train_labeled_studies.csv");
        var lines = File.ReadAllLines(csv).Where(line => !line.Contains("patient00002")).Append("MURA-v1.1/train/XR_HAND/patient00099/study1_negative/,0");
        File.WriteAllLines(csv, lines);

        // When read
        ImageDataSet data = MuraReader.Read(fixture.Root);

        // Then the unlabelled images are errors and the empty study a warning
        Assert.Equal(2, data.ReadProblems.Count(problem => problem is { Kind: DataProblemKind.StudyNotLabelled, IsError: true }));
        var empty = Assert.Single(data.ReadProblems, problem => problem.Kind == DataProblemKind.StudyWithoutImages);
        Assert.False(empty.IsError);
        Assert.EndsWith(":6", empty.File);
    }

    [Fact]
    public void Should_flag_every_image_of_a_study_listed_with_both_labels()
    {
        using var fixture = MuraFixture.Create();
        string csv = Path.Combine(fixture.MuraFolder, "valid_labeled_studies.csv");
        File.AppendAllText(csv, "MURA-v1.1/valid/XR_WRIST/patient00011/study1_positive/,0\n");
        ImageDataSet data = MuraReader.Read(fixture.Root);
        var conflicts = data.ReadProblems.Where(problem => problem.Kind == DataProblemKind.LabelConflict).ToList();
        Assert.Equal(2, conflicts.Count);
        Assert.All(conflicts, problem => Assert.Contains("patient00011", data.Records[problem.RecordIndices.Single()].Path));
    }
}
