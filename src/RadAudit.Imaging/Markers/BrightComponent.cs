namespace RadAudit.Imaging.Markers;

/// <summary>One 8-connected set of bright pixels.</summary>
/// <param name="Left">Leftmost column.</param>
/// <param name="Top">Topmost row.</param>
/// <param name="Right">Rightmost column (inclusive).</param>
/// <param name="Bottom">Bottom row (inclusive).</param>
/// <param name="Area">Number of pixels.</param>
/// <param name="BoundaryPixels">Pixels with at least one 4-neighbour outside the component (or the image).</param>
/// <param name="MeanBrightness">Mean pixel value of the component.</param>
/// <param name="EdgeStep">
/// Mean, over boundary pixels, of the pixel minus the darkest pixel two steps away (left, right, up, down): large
/// for a printed glyph's sharp edge, small where bright bone fades smoothly below the threshold.
/// </param>
public readonly record struct BrightComponent(int Left, int Top, int Right, int Bottom, int Area, int BoundaryPixels, float MeanBrightness,
    float EdgeStep)
{
    /// <summary>Box width in pixels.</summary>
    public int Width => Right - Left + 1;

    /// <summary>Box height in pixels.</summary>
    public int Height => Bottom - Top + 1;

    /// <summary>The shorter side of the box (unchanged by a 90° rotation, small for a long word).</summary>
    public int ShortSide => Math.Min(Width, Height);

    /// <summary>The longer side of the box.</summary>
    public int Extent => Math.Max(Width, Height);

    /// <summary>Mean stroke width, estimated as 2 × area / boundary (a stroke of width s and length l has area s·l and about 2l boundary pixels).</summary>
    public float StrokeWidth => 2f * Area / Math.Max(1, BoundaryPixels);

    /// <summary>True when the centre of <paramref name="other"/> lies inside this box (a ring around a letter).</summary>
    public bool Encloses(BrightComponent other) =>
        other.Left + other.Right >= 2 * Left && other.Left + other.Right <= 2 * Right
        && other.Top + other.Bottom >= 2 * Top && other.Top + other.Bottom <= 2 * Bottom;

    /// <summary>Fraction of the box the component fills.</summary>
    public float FillRatio => (float)Area / (Width * Height);
}
