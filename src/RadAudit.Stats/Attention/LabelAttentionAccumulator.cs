namespace RadAudit.Stats.Attention;

/// <summary>
/// Collects per-image <see cref="LabelAttentionMeasures"/> and summarises them (MONAI style: the pure functions
/// live in <see cref="LabelAttention"/>, this class only accumulates). Not thread-safe.
/// </summary>
/// <remarks>
/// Images without a label region, or whose map has no positive mass, have undefined measures: they are counted
/// in the summary and left out of the means, so nothing is dropped silently.
/// </remarks>
public sealed class LabelAttentionAccumulator
{
    private readonly List<(LabelAttentionMeasures Measures, int? TrueLabel)> _usable = [];
    private int _seen;
    private int _withoutLabels;
    private int _withoutAttention;

    /// <summary>Adds one image's measures and its true label (1 abnormal, 0 normal, null unknown).</summary>
    public void Add(LabelAttentionMeasures measures, int? trueLabel)
    {
        ArgumentNullException.ThrowIfNull(measures);
        _seen++;
        if (!measures.HasLabels) _withoutLabels++;
        else if (!measures.HasAttention) _withoutAttention++;
        else _usable.Add((measures, trueLabel));
    }

    /// <summary>Summarises everything added so far.</summary>
    public LabelAttentionSummary Summarize() => new(
        _seen,
        _withoutLabels,
        _withoutAttention,
        SummarizeGroup(_usable.Select(entry => entry.Measures)),
        SummarizeGroup(_usable.Where(entry => entry.TrueLabel == 0).Select(entry => entry.Measures)),
        SummarizeGroup(_usable.Where(entry => entry.TrueLabel == 1).Select(entry => entry.Measures)),
        _usable.Count(entry => entry.TrueLabel is null));

    /// <summary>Summarises one group of usable measures.</summary>
    public static AttentionGroupSummary SummarizeGroup(IEnumerable<LabelAttentionMeasures> measures)
    {
        var list = measures.ToList();
        int peaks = list.Count(item => item.PeakInLabel == true);
        int enriched = list.Count(item => item.Enrichment > 1);
        return new AttentionGroupSummary(
            list.Count,
            IntervalEstimate.Mean([.. list.Select(item => item.EnergyInLabels)]),
            IntervalEstimate.Mean([.. list.Select(item => item.LabelAreaFraction)]),
            IntervalEstimate.Mean([.. list.Select(item => item.Enrichment)]),
            IntervalEstimate.Proportion(peaks, list.Count),
            IntervalEstimate.Proportion(enriched, list.Count));
    }
}
