namespace RadAudit.Imaging.Overlay;

/// <summary>An 8-bit RGB image, row-major, three bytes per pixel (red, green, blue), for rendered overlays.</summary>
public sealed class RgbImage
{
    /// <summary>Creates a black image.</summary>
    public RgbImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
        Bytes = new byte[checked(width * height * 3)];
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Width × Height × 3 bytes.</summary>
    public byte[] Bytes { get; }

    /// <summary>Sets one pixel.</summary>
    public void Set(int x, int y, (byte Red, byte Green, byte Blue) color)
    {
        int offset = (y * Width + x) * 3;
        Bytes[offset] = color.Red;
        Bytes[offset + 1] = color.Green;
        Bytes[offset + 2] = color.Blue;
    }

    /// <summary>Reads one pixel.</summary>
    public (byte Red, byte Green, byte Blue) Get(int x, int y)
    {
        int offset = (y * Width + x) * 3;
        return (Bytes[offset], Bytes[offset + 1], Bytes[offset + 2]);
    }
}
