using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Reviews;
using RadAudit.Review.Session;
using RadAudit.Review.Tests.Fixtures;
using RadAudit.Testing;

namespace RadAudit.Review.Tests.Session;

public sealed class ReviewSessionTests
{
    private static ReviewSession Load(ReviewDataSet set, string outFile) => ReviewSessionLoader.Load(set.Open(), set.BoxesFile, outFile, TextWriter.Null);

    [Fact]
    public void Should_resume_where_the_person_stopped_with_every_edit_in_out_and_the_journal()
    {
        // Given a review in which one image was edited, one accepted and one marked as having no label
        using var folder = new TemporaryFolder();
        var set = ReviewDataSet.Write(folder, 20);
        string outFile = folder.Combine("reviewed.csv");
        int edited, accepted, noLabel;
        using (ReviewSession session = Load(set, outFile))
        {
            // The first image in the order has no box; accept one with boxes further on; the last edit is at position 1.
            (edited, noLabel) = (session.Plan.Order[0], session.Plan.Order[1]);
            accepted = session.Plan.Order.Skip(3).First(index => session.StateOf(index).Boxes.Count > 1);
            session.Apply(edited, new ReviewEdit(ReviewStatus.Edited, "draw", [new EditedBox(3, 4, 10, 12, LabelKinds.Text)]));
            session.Apply(accepted, new ReviewEdit(ReviewStatus.ReviewedAsIs, "accept", []));
            session.Apply(noLabel, new ReviewEdit(ReviewStatus.NoLabel, "no-label", []));
            Assert.NotEmpty(session.StateOf(accepted).Boxes);
        }

        // When the review is started again on the same --out
        using ReviewSession resumed = Load(set, outFile);

        // Then --out holds the edit, the accepted boxes without score, nothing for the no-label image, the rest as input;
        // statuses come back from the journal, and the review resumes after the last image touched
        var written = new BoxIndex(BoxFiles.Read(outFile));
        string Path(int index) => resumed.Images[index].Path;
        Assert.Equal([new LabelBox(Path(edited), 3, 4, 10, 12, LabelKinds.Text)], written.For(Path(edited)));
        Assert.Equal(set.Boxes.Where(box => box.Path == Path(accepted)).Select(box => box with { Score = null }), written.For(Path(accepted)));
        Assert.Empty(written.For(Path(noLabel)));
        int untouched = resumed.Plan.Order.Last(index => index != accepted);
        Assert.NotEmpty(written.For(Path(untouched)));
        Assert.Equal(set.Boxes.Where(box => box.Path == Path(untouched)), written.For(Path(untouched)));
        Assert.Equal([ReviewStatus.Edited, ReviewStatus.ReviewedAsIs, ReviewStatus.NoLabel],
            new[] { edited, accepted, noLabel }.Select(index => resumed.StateOf(index).Status));
        Assert.Equal(3, resumed.ReviewedCount);
        Assert.Equal(2, resumed.Plan.ResumePosition);
        Assert.Equal(3, ReviewSummary.Find(outFile)!.ImagesReviewed);
    }

    [Fact]
    public void Should_clip_a_box_dragged_past_the_edge_and_refuse_a_bad_edit_before_writing_anything()
    {
        // Given a review of 96-px images
        using var folder = new TemporaryFolder();
        var set = ReviewDataSet.Write(folder, 8);
        using ReviewSession session = Load(set, folder.Combine("reviewed.csv"));

        // When a box reaching past the right edge is saved, and then an edit with an unknown kind is tried
        var (state, reviewed) = session.Apply(2, new ReviewEdit(ReviewStatus.Edited, "move", [new EditedBox(90, 10, 20, 5, LabelKinds.Other)]));
        var refused = Assert.Throws<ReviewEditException>(() =>
            session.Apply(3, new ReviewEdit(ReviewStatus.Edited, "kind", [new EditedBox(1, 1, 5, 5, "shoulder")])));

        // Then the box ends at the edge, and the refused edit left no trace in the journal
        Assert.Equal(new LabelBox(session.Images[2].Path, 90, 10, 6, 5, LabelKinds.Other), Assert.Single(state.Boxes));
        Assert.Equal(1, reviewed);
        Assert.Contains("shoulder", refused.Message);
        Assert.Single(ReviewJournal.Read(session.JournalFile));
    }

    [Fact]
    public void Should_write_coco_json_listing_every_image_when_out_ends_in_json()
    {
        // Given a review whose --out is a .json file
        using var folder = new TemporaryFolder();
        var set = ReviewDataSet.Write(folder, 10);
        string outFile = folder.Combine("reviewed.json");
        using ReviewSession session = Load(set, outFile);

        // When one image is marked as having no label
        session.Apply(1, new ReviewEdit(ReviewStatus.NoLabel, "no-label", []));

        // Then --out is COCO with the remaining boxes, and the image without boxes is still listed
        string json = File.ReadAllText(outFile);
        Assert.Equal(set.Boxes.Count(box => box.Path != set.Paths[1]), CocoBoxFile.Read(outFile).Count);
        Assert.Contains($"\"file_name\": \"{set.Paths[1]}\"", json);
    }

    [Fact]
    public void Should_refuse_boxes_for_images_the_data_set_does_not_have_saying_how_many()
    {
        // Given a boxes file with two rows for images that are not in the data set
        using var folder = new TemporaryFolder();
        var set = ReviewDataSet.Write(folder, 4);
        File.AppendAllText(set.BoxesFile, "elsewhere/a.png,1,1,4,4,laterality,0.5\nelsewhere/b.png,1,1,4,4,initials,0.5\n");

        // When the review starts
        var problem = Assert.Throws<RadAuditException>(() => Load(set, folder.Combine("reviewed.csv")));

        // Then the message names the file, the count and the first unknown path
        Assert.Contains(set.BoxesFile, problem.Message);
        Assert.Contains($"2 of {set.Boxes.Count + 2} boxes", problem.Message);
        Assert.Contains("elsewhere/a.png", problem.Message);
        Assert.False(File.Exists(folder.Combine("reviewed.csv")));
    }

    [Fact]
    public void Should_refuse_an_out_file_that_is_the_boxes_file()
    {
        // Given a data set and its boxes
        using var folder = new TemporaryFolder();
        var set = ReviewDataSet.Write(folder, 2);

        // When --out names the input boxes
        var problem = Assert.Throws<RadAuditException>(() => Load(set, set.BoxesFile));

        // Then it is a usage error that keeps the input untouched
        Assert.Equal(2, problem.ExitCode);
        Assert.Contains("the output file is the input boxes file", problem.Message);
    }
}
