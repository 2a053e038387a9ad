using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Data.Tests.Fixtures;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Sets;

public sealed class DataSetOpenerTests
{
    [Fact]
    public void Should_list_every_png_and_jpeg_of_an_image_folder_sorted_and_unlabelled()
    {
        using var folder = new TemporaryFolder();
        folder.WriteBytes("b/2.PNG", MuraFixture.Png(4, 4, 0.5f));
        folder.WriteBytes("a.jpg", [1]);
        folder.WriteText("notes.txt", "not an image");
        ImageDataSet data = DataSetOpener.OpenImageFolder(folder.Path);
        Assert.Equal(DataSetKind.ImageFolder, data.Kind);
        Assert.Equal(["a.jpg", "b/2.PNG"], data.Records.Select(record => record.Path));
        Assert.All(data.Records, record => Assert.Null(record.Label));
    }

    [Fact]
    public void Should_say_what_it_looked_for_when_a_folder_is_no_data_set()
    {
        using var folder = new TemporaryFolder();
        var problem = Assert.Throws<RadAuditException>(() => DataSetOpener.Open(folder.Path));
        Assert.Contains(folder.Path, problem.Message);
        Assert.Contains(Settings.Mention(Settings.Images), problem.Message);
    }

    [Fact]
    public void Should_select_a_split_without_losing_the_root()
    {
        using var fixture = MuraFixture.Create();
        ImageDataSet data = DataSetOpener.Open(fixture.Root);
        ImageDataSet valid = data.ForSplit(Splits.Valid);
        Assert.Equal(8, valid.Records.Count);
        Assert.Equal(data.Root, valid.Root);
        Assert.True(File.Exists(valid.ResolvePath(valid.Records[0])));
    }

    [Fact]
    public void Should_keep_and_renumber_the_read_problems_of_a_selected_split()
    {
        // Given a folder/CSV disagreement on a valid study (records 14 and 15 of 22)
        using var fixture = MuraFixture.Create(studyLabel: study => study is { Patient: 11 } ? 0 : null);
        ImageDataSet data = DataSetOpener.Open(fixture.Root);

        // When only valid is kept
        ImageDataSet valid = data.ForSplit(Splits.Valid);

        // Then its problems point at the same images under their new indices; train keeps none of them
        Assert.Equal(2, valid.ReadProblems.Count);
        Assert.All(valid.ReadProblems, problem => Assert.Equal(problem.File, valid.Records[problem.RecordIndices.Single()].Path));
        Assert.Empty(data.ForSplit(Splits.Train).ReadProblems);
    }
}
