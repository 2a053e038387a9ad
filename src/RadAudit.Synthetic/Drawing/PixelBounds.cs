using RadAudit.Core;

namespace RadAudit.Synthetic.Drawing;

/// <summary>An integer pixel rectangle [Left, Right) × [Top, Bottom), used to limit per-shape loops.</summary>
public readonly record struct PixelBounds(int Left, int Top, int Right, int Bottom)
{
    /// <summary>True when the rectangle holds no pixel.</summary>
    public bool IsEmpty => Right <= Left || Bottom <= Top;

    /// <summary>This rectangle as a <see cref="LabelBox"/> of <paramref name="path"/> (x, y, width, height).</summary>
    public LabelBox ToLabelBox(string path, string kind) => new(path, Left, Top, Right - Left, Bottom - Top, kind);

    /// <summary>The pixels within <paramref name="margin"/> of a continuous box, clipped to a width × height image.</summary>
    public static PixelBounds Around(float minX, float minY, float maxX, float maxY, float margin, int width, int height) =>
        new(Math.Max(0, (int)MathF.Floor(minX - margin)), Math.Max(0, (int)MathF.Floor(minY - margin)),
            Math.Min(width, (int)MathF.Ceiling(maxX + margin) + 1), Math.Min(height, (int)MathF.Ceiling(maxY + margin) + 1));
}
