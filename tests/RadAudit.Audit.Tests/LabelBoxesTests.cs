using RadAudit.Audit.Steps;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Reviews;
using RadAudit.Data.Sets;
using RadAudit.Testing;

namespace RadAudit.Audit.Tests;

[Trait("Category", "Slow")]
public sealed class LabelBoxesTests
{
    [Fact]
    public void Should_count_the_images_a_person_reviewed_when_the_given_boxes_come_from_radaudit_review()
    {
        // Given a data set, its boxes as given, and a reviewed copy with the review's journal beside it (two images reviewed)
        using var folder = new TemporaryFolder();
        var data = SyntheticDataSets.CreateMura(folder);
        string given = Path.Combine(data.Root, "markers.csv"), reviewed = folder.Combine("reviewed.csv");
        IReadOnlyList<LabelBox> boxes = BoxFiles.Read(given);
        BoxCsvFile.Write(reviewed, boxes);
        using (var journal = ReviewJournal.Open(ReviewJournal.PathFor(reviewed)))
            foreach (string path in boxes.Select(box => box.Path).Distinct().Take(2))
                journal.Append(new ReviewEntry(path, ReviewStatus.ReviewedAsIs, [], "accept", DateTimeOffset.UnixEpoch));
        ImageDataSet set = DataSetOpener.Open(data.Root);
        var settings = new AuditSettings { DataPath = data.Root, OutFolder = folder.Combine("audit") };

        // When the audit obtains its label boxes from each
        var fromReview = LabelBoxes.Obtain(BoxFiles.ReadIndex(reviewed), new LabelDetectorChoice(settings.Detector, settings.DetectorWeights), set, folder.Combine("audit"), null).Summary;
        var plain = LabelBoxes.Obtain(BoxFiles.ReadIndex(given), new LabelDetectorChoice(settings.Detector, settings.DetectorWeights), set, folder.Combine("audit"), null).Summary;

        // Then the reviewed file's summary says two images were reviewed, and the plain one says nothing of a review
        Assert.Equal(2, fromReview.ImagesReviewed);
        Assert.Null(plain.ImagesReviewed);
        Assert.Equal(plain.ImagesWithLabels, fromReview.ImagesWithLabels);
    }
}
