using RadAudit.Stats.Attention;

namespace RadAudit.Stats.Tests.Attention;

public sealed class LabelAttentionAccumulatorTests
{
    [Fact]
    public void Should_summarise_by_true_label_and_count_undefined_images()
    {
        // Given two abnormal images on their labels, one normal image off them, one without boxes, one without heat
        var accumulator = new LabelAttentionAccumulator();
        accumulator.Add(new LabelAttentionMeasures(0.8, true, 0.1, 8.0), 1);
        accumulator.Add(new LabelAttentionMeasures(0.6, true, 0.2, 3.0), 1);
        accumulator.Add(new LabelAttentionMeasures(0.05, false, 0.1, 0.5), 0);
        accumulator.Add(new LabelAttentionMeasures(0.0, false, 0.0, double.NaN), 0);
        accumulator.Add(new LabelAttentionMeasures(double.NaN, null, 0.1, double.NaN), 1);

        // When summarised
        LabelAttentionSummary summary = accumulator.Summarize();

        // Then undefined images are counted, not averaged
        Assert.Equal(5, summary.ImagesSeen);
        Assert.Equal(1, summary.ImagesWithoutLabels);
        Assert.Equal(1, summary.ImagesWithoutAttention);
        Assert.Equal(3, summary.All.Images);

        // And the groups hold the hand-computed means and shares
        Assert.Equal((0.8 + 0.6 + 0.05) / 3, summary.All.EnergyInLabels.Estimate, 12);
        Assert.Equal(0.7, summary.Abnormal.EnergyInLabels.Estimate, 12);
        Assert.Equal(5.5, summary.Abnormal.Enrichment.Estimate, 12);
        Assert.Equal(1.0, summary.Abnormal.EnrichedShare.Estimate);
        Assert.Equal(0.0, summary.Normal.EnrichedShare.Estimate);
        Assert.Equal(2.0 / 3, summary.All.PeakInLabel.Estimate, 12);
        Assert.Equal(1, summary.Normal.Images);
        Assert.Equal(0, summary.Unlabelled);
    }

    [Fact]
    public void Should_count_enrichment_of_exactly_one_as_not_enriched()
    {
        var group = LabelAttentionAccumulator.SummarizeGroup([new LabelAttentionMeasures(0.1, false, 0.1, 1.0)]);
        Assert.Equal(0.0, group.EnrichedShare.Estimate);
    }
}
