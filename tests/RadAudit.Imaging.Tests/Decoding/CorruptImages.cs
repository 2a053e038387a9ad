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
}
