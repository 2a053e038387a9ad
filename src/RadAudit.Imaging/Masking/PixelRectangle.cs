using RadAudit.Core;

namespace RadAudit.Imaging.Masking;

/// <summary>An axis-aligned rectangle of whole pixels, right and bottom exclusive.</summary>
/// <param name="X">Left column.</param>
/// <param name="Y">Top row.</param>
/// <param name="Width">Width (≥ 0).</param>
/// <param name="Height">Height (≥ 0).</param>
public readonly record struct PixelRectangle(int X, int Y, int Width, int Height)
{
    /// <summary>Right edge (exclusive), saturated at the largest coordinate rather than wrapped.</summary>
    public int Right => Saturate((long)X + Width);

    /// <summary>Bottom edge (exclusive), saturated like <see cref="Right"/>.</summary>
    public int Bottom => Saturate((long)Y + Height);

    /// <summary>True when no pixel is inside.</summary>
    public bool IsEmpty => Width <= 0 || Height <= 0;

    /// <summary>The rectangle of a label box.</summary>
    public static PixelRectangle Of(LabelBox box) => new(box.X, box.Y, box.Width, box.Height);

    /// <summary>Grown by <paramref name="margin"/> pixels on every side.</summary>
    public PixelRectangle Expand(int margin) =>
        new(Saturate((long)X - margin), Saturate((long)Y - margin), Saturate((long)Width + 2L * margin), Saturate((long)Height + 2L * margin));

    /// <summary>The part inside a width × height image (possibly empty).</summary>
    public PixelRectangle Clip(int width, int height)
    {
        int left = Math.Max(0, X), top = Math.Max(0, Y);
        int right = Math.Min(width, Right), bottom = Math.Min(height, Bottom);
        return new PixelRectangle(left, top, Math.Max(0, right - left), Math.Max(0, bottom - top));
    }

    private static int Saturate(long value) => (int)Math.Clamp(value, int.MinValue, int.MaxValue);

    /// <summary>True when the two share at least one pixel.</summary>
    public bool Intersects(PixelRectangle other) =>
        !IsEmpty && !other.IsEmpty && X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}
