using RadAudit.Core;

namespace RadAudit.Imaging.Masking;

/// <summary>
/// Applies a <see cref="MaskOptions"/> condition to an image given its label boxes (pixels of the original image),
/// as a pure function, and as the training loader's per-image preprocessing hook.
/// </summary>
public static class MaskTransform
{
    /// <summary>The masked copy (for <see cref="Condition.Original"/> the input itself, unchanged).</summary>
    public static GrayImage Apply(MaskOptions options, GrayImage image, IReadOnlyList<LabelBox> boxes, string path) => options.Condition.Masking switch
    {
        ConditionMasking.None => image,
        ConditionMasking.CoverLabels => LabelCover.Apply(image, boxes, options.Margin, options.Fill),
        ConditionMasking.KeepOnlyLabels => LabelsOnly.Apply(image, boxes),
        ConditionMasking.CoverRandomRegions => RandomCover.Apply(image, boxes, path, options.Seed, options.Margin, options.Fill),
        ConditionMasking.KeepLabelGeometry => LabelGeometry.Apply(image, boxes),
        _ => throw new ArgumentOutOfRangeException(nameof(options)),
    };

    /// <summary>
    /// A hook <c>(record, image) → image</c> for the loader, run on the decoded original-size image before resizing;
    /// <paramref name="boxesOf"/> returns an image's boxes by its path (empty when it has none).
    /// </summary>
    public static Func<ImageRecord, GrayImage, GrayImage> Hook(MaskOptions options, Func<string, IReadOnlyList<LabelBox>> boxesOf) =>
        (record, image) => Apply(options, image, boxesOf(record.Path), record.Path);
}
