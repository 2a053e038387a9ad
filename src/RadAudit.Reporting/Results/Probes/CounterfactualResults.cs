namespace RadAudit.Reporting.Results.Probes;

/// <summary>Counterfactual label edits (<c>counterfactual</c>).</summary>
/// <param name="Swap">The marker swap; null when no image had labels to give.</param>
public sealed record CounterfactualResults(MarkerSwapResult? Swap);

/// <summary>
/// The marker swap (<c>counterfactual.swap</c>): each image's label region replaced by that of an image of the other
/// class (same body part where possible), and labels pasted onto images that had none. A model that follows the
/// labels moves its logit toward the donor's class and flips decisions.
/// </summary>
/// <param name="MeanLogitShift">Mean logit change toward the donor's class: (z′ − z) for an abnormal donor, (z − z′)
/// for a normal one; positive = the model follows the swapped labels.</param>
/// <param name="MeanLogitShiftCi95">Student-t 95% CI of that mean.</param>
/// <param name="MeanAbsoluteLogitShift">Mean |z′ − z|.</param>
/// <param name="Distribution">Quantiles and histogram of the shift toward the donor.</param>
/// <param name="FlipRate">Share of images whose decision (probability ≥ <see cref="Threshold"/>) changed.</param>
/// <param name="FlipRateCi95">Wilson 95% CI.</param>
/// <param name="FlipTowardDonorRate">Share whose decision became the donor's class.</param>
/// <param name="Threshold">The operating probability (0.5 unless set).</param>
/// <param name="Auc">Image-level AUC after swapping.</param>
/// <param name="AucCi95">Its DeLong CI.</param>
/// <param name="VsOriginal">Paired AUC(swapped) − AUC(original).</param>
/// <param name="NImages">Images edited.</param>
/// <param name="Swapped">Images that had labels (replaced).</param>
/// <param name="Pasted">Images that had none (pasted onto).</param>
/// <param name="SameBodyPartDonors">Images whose donor had their body part.</param>
public sealed record MarkerSwapResult(
    double MeanLogitShift,
    ConfidenceInterval MeanLogitShiftCi95,
    double MeanAbsoluteLogitShift,
    ShiftDistribution Distribution,
    double FlipRate,
    ConfidenceInterval FlipRateCi95,
    double FlipTowardDonorRate,
    double Threshold,
    double Auc,
    ConfidenceInterval AucCi95,
    ProbeComparison? VsOriginal,
    int NImages,
    SwapGroup Swapped,
    SwapGroup Pasted,
    int SameBodyPartDonors);

/// <summary>The swap's figures for one group of images.</summary>
/// <param name="NImages">Images in the group.</param>
/// <param name="MeanLogitShift">Mean shift toward the donor.</param>
/// <param name="FlipRate">Share of decisions flipped.</param>
public sealed record SwapGroup(int NImages, double MeanLogitShift, double FlipRate);

/// <summary>How the shifts toward the donor spread.</summary>
/// <param name="P05">5th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="Median">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="BinEdges">Histogram edges (one more than counts).</param>
/// <param name="Counts">Images per bin.</param>
public sealed record ShiftDistribution(double P05, double P25, double Median, double P75, double P95, IReadOnlyList<double> BinEdges, IReadOnlyList<int> Counts);
