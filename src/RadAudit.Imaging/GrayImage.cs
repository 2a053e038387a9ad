namespace RadAudit.Imaging;

/// <summary>
/// A single-channel image: row-major float32 pixels, 0 = black, 1 = white (the data contract every reader
/// enforces; see docs/data-contract.md). The pixel array is exposed for fast loops; treat it as owned.
/// </summary>
public sealed class GrayImage
{
    /// <summary>Creates a black image.</summary>
    public GrayImage(int width, int height)
        : this(width, height, new float[checked(width * height)])
    {
    }

    /// <summary>Wraps existing pixels (length must be width × height).</summary>
    public GrayImage(int width, int height, float[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != width * height)
            throw new ArgumentException($"Expected {width * height} pixels, got {pixels.Length}.", nameof(pixels));
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Row-major pixels in [0, 1].</summary>
    public float[] Pixels { get; }

    /// <summary>Pixel at column <paramref name="x"/>, row <paramref name="y"/>.</summary>
    public float this[int x, int y]
    {
        get => Pixels[y * Width + x];
        set => Pixels[y * Width + x] = value;
    }

    /// <summary>A deep copy.</summary>
    public GrayImage Clone() => new(Width, Height, (float[])Pixels.Clone());
}
