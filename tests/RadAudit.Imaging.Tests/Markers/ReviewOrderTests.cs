using RadAudit.Core;
using RadAudit.Imaging.Review;

namespace RadAudit.Imaging.Tests.Markers;

public sealed class ReviewOrderTests
{
    [Fact]
    public void Should_rank_an_image_without_boxes_by_how_likely_it_carries_a_label()
    {
        // Given three images: no box but probably labelled, a box of score 0.8, no box and probably blank
        var box = new LabelBox("b.png", 0, 0, 5, 5, LabelKinds.Laterality, 0.8);

        // When their doubt is computed with the detector's labels-present probabilities
        double likelyMissed = ReviewOrder.Doubt([], 0.93), boxed = ReviewOrder.Doubt([box], 0.99), blank = ReviewOrder.Doubt([], 0.04);

        // Then the likely miss comes first and the blank image last; without a probability a boxless image stays first
        Assert.Equal(0.93, likelyMissed, 9);
        Assert.Equal(0.2, boxed, 9);
        Assert.Equal(0.04, blank, 9);
        Assert.Equal(1, ReviewOrder.Doubt([], null));
    }
}
