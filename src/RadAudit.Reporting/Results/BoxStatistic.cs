namespace RadAudit.Reporting.Results;

/// <summary>How well one simple statistic of an image's label boxes predicts its class by itself
/// (<c>leak_checks.box_statistics[]</c>): a leak the labels-only model could use without reading the labels.</summary>
/// <param name="Name">"box_background", "box_ink", "box_mean", "box_area", "box_count".</param>
/// <param name="Description">What it measures, for the report.</param>
/// <param name="Auc">AUC of the statistic as a score for abnormal (below 0.5: it predicts normal).</param>
/// <param name="AucCi95">DeLong 95% interval.</param>
/// <param name="NStudies">Valid studies it was computed on (each study scored by the mean over its images).</param>
/// <param name="Kind">What it looks at: <see cref="UnderLabels"/> (what lies under and around the ink: a leak when it
/// predicts), <see cref="LabelLook"/> (the ink, the labels' own content) or <see cref="Placement"/> (where, how large and
/// how many the boxes are: still the labels, but not what they say).</param>
public sealed record BoxStatistic(string Name, string Description, double Auc, ConfidenceInterval AucCi95, int NStudies, string Kind)
{
    /// <summary>Kind of a statistic of what lies under the labels: anatomy, exposure, a cast or plate under a box.</summary>
    public const string UnderLabels = "under-labels";

    /// <summary>Kind of a statistic of the labels' own look (their ink).</summary>
    public const string LabelLook = "label-look";

    /// <summary>Kind of a statistic of the boxes' placement, size or number.</summary>
    public const string Placement = "placement";

    /// <summary>Its interval excludes 0.5 (either way).</summary>
    public bool BeatsChance => AucCi95.IsKnown && (AucCi95.Lower > 0.5 || AucCi95.Upper < 0.5);
}
