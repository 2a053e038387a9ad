using RadAudit.Core;
using RadAudit.Imaging.Review;

namespace RadAudit.Imaging.Tests.Review;

public sealed class ReviewOrderTests
{
    private static LabelBox Box(double? score) => new("x.png", 0, 0, 4, 4, LabelKinds.Laterality, score);

    [Fact]
    public void Should_put_no_box_first_then_low_scores_then_crowded_images_then_confident_ones()
    {
        // Given a confident image, a crowded one, a low-score one, a box-less one, and a medium one
        IReadOnlyList<IReadOnlyList<LabelBox>> images =
        [
            [Box(0.95)],
            [Box(0.9), Box(0.9), Box(0.9), Box(0.9)],
            [Box(0.2), Box(0.99)],
            [],
            [Box(0.7)],
        ];

        // When ordered for review
        IReadOnlyList<int> order = ReviewOrder.WorstFirst(images);

        // Then: no box (doubt 1), lowest score (0.8), more than three boxes (0.5), then by score
        Assert.Equal([3, 2, 1, 4, 0], order);
    }

    [Fact]
    public void Should_let_a_labels_present_probability_reorder_images_without_boxes_and_boxes_where_none_are_expected()
    {
        // Given two images without boxes (the detector is sure one has no label) and two confident ones (one
        // where the detector thinks there is no label at all)
        IReadOnlyList<IReadOnlyList<LabelBox>> images = [[], [], [Box(0.95)], [Box(0.95)]];
        double?[] labelsPresent = [0.02, 0.9, 0.99, 0.1];

        // When ordered with the probabilities, and without them
        IReadOnlyList<int> order = ReviewOrder.WorstFirst(images, labelsPresent);
        IReadOnlyList<int> plain = ReviewOrder.WorstFirst(images, [null, null, null, null]);

        // Then the likely-missed label comes first, then the boxes the detector doubts; the sure "no label" drops
        Assert.Equal([1, 3, 2, 0], order);
        Assert.Equal([0, 1, 2, 3], plain);
        Assert.Equal(ReviewOrder.Doubt([Box(0.6)]), ReviewOrder.Doubt([Box(0.6)], null));
    }
}
