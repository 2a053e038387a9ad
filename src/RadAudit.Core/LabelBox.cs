namespace RadAudit.Core;

/// <summary>An axis-aligned box around one burned-in label (laterality marker, technologist initials, other text).</summary>
/// <param name="Path">The image's path exactly as the data set names it.</param>
/// <param name="X">Left edge in pixels of the original (saved) image.</param>
/// <param name="Y">Top edge in pixels of the original image.</param>
/// <param name="Width">Width in pixels (&gt; 0).</param>
/// <param name="Height">Height in pixels (&gt; 0).</param>
/// <param name="Kind">One of <see cref="LabelKinds"/>.</param>
/// <param name="Score">Detector confidence in [0, 1]; null for ground truth or hand-drawn boxes.</param>
public sealed record LabelBox(string Path, int X, int Y, int Width, int Height, string Kind, double? Score = null)
{
    /// <summary>Area in pixels.</summary>
    public long Area => (long)Width * Height;

    /// <summary>Right edge (exclusive); a box reaching past the largest coordinate ends there (never wraps around).</summary>
    public int Right => (int)Math.Clamp((long)X + Width, int.MinValue, int.MaxValue);

    /// <summary>Bottom edge (exclusive); like <see cref="Right"/>, saturated rather than wrapped.</summary>
    public int Bottom => (int)Math.Clamp((long)Y + Height, int.MinValue, int.MaxValue);
}
