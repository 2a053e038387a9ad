namespace RadAudit.Imaging.Markers;

/// <summary>
/// Finds burned-in labels in decoded images: the rule-based <see cref="MarkerDetector"/> and the learned detector
/// (RadAudit.Learning) both implement it, so the CLI and the audit choose one by name (<c>--detector rules|learned</c>).
/// </summary>
public interface ILabelDetector
{
    /// <summary>What found the boxes, for results.json and the command's report.</summary>
    string Name { get; }

    /// <summary>Images handed to <see cref="Detect"/> at once (1 = one at a time, in parallel over images).</summary>
    int BatchSize { get; }

    /// <summary>The labels of each image, in input order, highest score first within an image.</summary>
    IReadOnlyList<ImageDetections> Detect(IReadOnlyList<(string Path, GrayImage Image)> images);
}
