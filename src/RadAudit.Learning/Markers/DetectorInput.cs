using RadAudit.Core;
using RadAudit.Imaging;
using RadAudit.Imaging.Geometry;
using RadAudit.Imaging.Transforms;

namespace RadAudit.Learning.Markers;

/// <summary>
/// What the segmenter sees and learns: the image letterboxed (aspect kept, centred, black padding) into the square
/// input, and per kind the fraction of each stride-2 map cell that the kind's boxes cover (soft box masks, so the
/// thresholded map follows box edges between cells).
/// </summary>
internal static class DetectorInput
{
    /// <summary>The letterboxed input and its placement.</summary>
    public static ResizedImage Prepare(GrayImage image, int inputSize) => AspectResize.Apply(image, inputSize, inputSize, ResizeMode.Pad);

    /// <summary>Kinds × map × map coverage targets in [0, 1] for <paramref name="boxes"/> placed by <paramref name="geometry"/>.</summary>
    public static float[] Targets(IReadOnlyList<LabelBox> boxes, ResizeGeometry geometry, LabelDetectorArchitecture architecture)
    {
        int size = architecture.MapSize;
        var targets = new float[architecture.Kinds.Count * size * size];
        foreach (LabelBox box in boxes)
        {
            int kind = IndexOf(architecture.Kinds, box.Kind);
            if (kind < 0) continue;
            var (left, top) = geometry.SourceToTarget(box.X, box.Y);
            var (right, bottom) = geometry.SourceToTarget(box.Right, box.Bottom);
            float stride = LabelDetectorArchitecture.OutputStride;
            (left, top, right, bottom) = (left / stride, top / stride, right / stride, bottom / stride);
            for (int y = Math.Max(0, (int)MathF.Floor(top)); y < Math.Min(size, (int)MathF.Ceiling(bottom)); y++)
                for (int x = Math.Max(0, (int)MathF.Floor(left)); x < Math.Min(size, (int)MathF.Ceiling(right)); x++)
                {
                    float covered = Overlap(x, left, right) * Overlap(y, top, bottom);
                    ref float cell = ref targets[(kind * size + y) * size + x];
                    cell = MathF.Max(cell, covered);
                }
        }
        return targets;
    }

    /// <summary>The kinds the segmenter does not know (text typed by a user, "other") are folded into text.</summary>
    private static int IndexOf(IReadOnlyList<string> kinds, string kind)
    {
        for (int index = 0; index < kinds.Count; index++)
            if (kinds[index] == kind) return index;
        return kind == LabelKinds.Other ? IndexOf(kinds, LabelKinds.Text) : -1;
    }

    private static float Overlap(int cell, float from, float to) => Math.Clamp(MathF.Min(cell + 1, to) - MathF.Max(cell, from), 0f, 1f);
}
