namespace RadAudit.Imaging.Tests.Decoding;

/// <summary>The corrupt-file corpus shared by the decoding and validation tests.</summary>
public static class CorruptImages
{
    /// <summary>A valid 64×64 gray PNG with structure (so truncation cuts real pixel data).</summary>
    public static byte[] ValidPng(int width = 64, int height = 64)
    {
        var image = new GrayImage(width, height);
        var random = new Random(7);
        for (int i = 0; i < image.Pixels.Length; i++) image.Pixels[i] = (float)random.NextDouble();
        return ImageCodec.EncodeGrayPng(image);
    }

    /// <summary>The first half of a valid PNG.</summary>
    public static byte[] Truncated()
    {
        byte[] valid = ValidPng();
        return valid[..(valid.Length / 2)];
    }

    /// <summary>1 KiB of seeded random bytes.</summary>
    public static byte[] RandomBytes()
    {
        var bytes = new byte[1024];
        new Random(11).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A PNG header claiming 20000×20000 pixels (400 megapixels).</summary>
    public static byte[] Bomb() => RawPng.HeaderOnly(20000, 20000);

    /// <summary>A valid 1×1 GIF89a (Skia decodes it), to be saved under a .png name.</summary>
    public static byte[] Gif() =>
    [
        0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF,
        0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02,
        0x02, 0x44, 0x01, 0x00, 0x3B,
    ];
}
