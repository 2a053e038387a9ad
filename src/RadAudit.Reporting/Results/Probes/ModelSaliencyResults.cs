namespace RadAudit.Reporting.Results.Probes;

/// <summary>
/// Where the model's saliency falls (<c>saliency</c>), with the checks that make it evidence. The top-level figures
/// are the primary method's (Grad-CAM for a model with gradients, occlusion otherwise); <see cref="Methods"/> holds
/// each method computed.
/// </summary>
/// <param name="Method">The primary method.</param>
/// <param name="EnergyInLabels">Mean share of the map's energy inside the label boxes (plus margin).</param>
/// <param name="EnergyInLabelsCi95">Student-t 95% CI.</param>
/// <param name="Enrichment">Mean energy share ÷ area share (1 = no preference for the labels).</param>
/// <param name="EnrichmentCi95">Student-t 95% CI.</param>
/// <param name="LabelAreaFraction">Mean share of the image the labels cover.</param>
/// <param name="PeakInLabelRate">Share of images whose map peaks on a label.</param>
/// <param name="NImages">Images with labels and attention that entered the means.</param>
/// <param name="Methods">Each method's figures, keyed by method name.</param>
/// <param name="Sanity">The weight-randomisation sanity check.</param>
/// <param name="Deletion">The deletion curve; null when nothing could be explained.</param>
public sealed record ModelSaliencyResults(
    string Method,
    double EnergyInLabels,
    ConfidenceInterval EnergyInLabelsCi95,
    double Enrichment,
    ConfidenceInterval EnrichmentCi95,
    double LabelAreaFraction,
    double PeakInLabelRate,
    int NImages,
    IReadOnlyDictionary<string, AttentionFigures> Methods,
    SanityCheckResult Sanity,
    DeletionCurveResult? Deletion);

/// <summary>One saliency method's label-attention figures.</summary>
/// <param name="EnergyInLabels">Mean energy share on the labels.</param>
/// <param name="EnergyInLabelsCi95">Its CI.</param>
/// <param name="Enrichment">Mean enrichment.</param>
/// <param name="EnrichmentCi95">Its CI.</param>
/// <param name="LabelAreaFraction">Mean label area share.</param>
/// <param name="PeakInLabelRate">Share of peaks on a label.</param>
/// <param name="NImages">Images in the means.</param>
public sealed record AttentionFigures(double EnergyInLabels, ConfidenceInterval EnergyInLabelsCi95, double Enrichment, ConfidenceInterval EnrichmentCi95,
    double LabelAreaFraction, double PeakInLabelRate, int NImages);

/// <summary>
/// The model-randomisation sanity check (Adebayo et al., NeurIPS 2018; <c>saliency.sanity</c>): the layers are
/// re-initialised from the head down and the saliency recomputed; it must change, or it is not evidence.
/// </summary>
/// <param name="Passed">True when the fully re-initialised model (stage <c>all</c>) changed the figure (<see cref="Rule"/>); null
/// when the check could not run.</param>
/// <param name="Rule">The rule in words.</param>
/// <param name="NotApplicable">Why it could not run (an ONNX model's weights cannot be re-initialised); null when it ran.</param>
/// <param name="Method">The saliency method checked.</param>
/// <param name="Stages">Each cascade stage's figures.</param>
public sealed record SanityCheckResult(bool? Passed, string Rule, string? NotApplicable, string Method, IReadOnlyList<RandomisationStage> Stages);

/// <summary>One stage of the cascading randomisation.</summary>
/// <param name="Stage"><c>head</c>, <c>last-block</c>, <c>half</c> or <c>all</c>.</param>
/// <param name="LayersRandomised">Layers re-initialised (cumulative).</param>
/// <param name="EnergyInLabels">Mean energy on the labels of the randomised model.</param>
/// <param name="EnergyInLabelsCi95">Its CI.</param>
/// <param name="RankCorrelation">Median over the images of the Spearman correlation between this stage's map and the
/// trained model's.</param>
/// <param name="Changed">Rank correlation below the rule's bound and energy on the labels different from the trained
/// model's on the same images (paired CI excluding 0).</param>
public sealed record RandomisationStage(string Stage, int LayersRandomised, double EnergyInLabels, ConfidenceInterval EnergyInLabelsCi95,
    double RankCorrelation, bool Changed);

/// <summary>
/// The deletion curve (<c>saliency.deletion</c>): how much the logit moves when the most salient pixels are removed,
/// against removing the label pixels and as many random pixels (removed = set to the image's mean).
/// </summary>
/// <param name="Method">The saliency method whose ranking is deleted.</param>
/// <param name="Salient">Mean |Δlogit| after removing the top share of salient pixels, per share.</param>
/// <param name="LabelAreaFraction">Mean share of the image the labels (plus margin) cover.</param>
/// <param name="LabelChange">Mean |Δlogit| after removing the label pixels.</param>
/// <param name="SalientChangeAtLabelArea">Mean |Δlogit| after removing as many top-salient pixels as each image has label pixels.</param>
/// <param name="RandomChangeAtLabelArea">Mean |Δlogit| after removing as many random pixels (the control).</param>
/// <param name="NImages">Images with labels that entered.</param>
public sealed record DeletionCurveResult(string Method, IReadOnlyList<DeletionPoint> Salient, double LabelAreaFraction, double LabelChange,
    double SalientChangeAtLabelArea, double RandomChangeAtLabelArea, int NImages);

/// <summary>One point of the deletion curve.</summary>
/// <param name="Fraction">Share of the image's pixels removed, most salient first.</param>
/// <param name="MeanAbsoluteLogitChange">Mean |Δlogit|.</param>
public sealed record DeletionPoint(double Fraction, double MeanAbsoluteLogitChange);
