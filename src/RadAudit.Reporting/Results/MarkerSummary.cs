namespace RadAudit.Reporting.Results;

/// <summary>Where the label boxes came from and how many images have them (<c>markers</c>).</summary>
/// <param name="Source">How the boxes were obtained: <see cref="Given"/> (a boxes CSV) or <see cref="Detected"/>.</param>
/// <param name="BoxesFile">The boxes CSV used (given or written by detection), as the user named it.</param>
/// <param name="ImagesWithLabels">Images with at least one label box.</param>
/// <param name="ImagesWithoutLabels">Images with no label box (covered and labels-only inputs equal the original / blank).</param>
/// <param name="Detection">The detection summary; null when boxes were given.</param>
/// <param name="ImagesReviewed">Images whose boxes a person reviewed with <c>radaudit review</c> (read from the
/// journal beside the boxes file); null when the boxes were not reviewed there.</param>
public sealed record MarkerSummary(
    string Source,
    string BoxesFile,
    int ImagesWithLabels,
    int ImagesWithoutLabels,
    DetectionSummary? Detection,
    int? ImagesReviewed = null)
{
    /// <summary><see cref="Source"/> value for boxes read from a user's CSV.</summary>
    public const string Given = "given";

    /// <summary><see cref="Source"/> value for boxes found by <c>--detect-markers</c>.</summary>
    public const string Detected = "detected";
}
