using RadAudit.Imaging;

namespace RadAudit.Benchmarks;

/// <summary>
/// A folder of random-ish 512 × 512 gray PNGs (smooth 64-pixel blocks plus noise, about the entropy of a
/// radiograph) for the loader benchmarks, written once under the temp folder and reused.
/// </summary>
public static class LoaderImageFolder
{
    /// <summary>The folder holding <paramref name="count"/> images of <paramref name="side"/> pixels, created if missing.</summary>
    public static string Ensure(int count, int side = 512)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"radaudit-loader-bench-{side}-{count}");
        string done = Path.Combine(folder, ".complete");
        if (File.Exists(done)) return folder;
        Directory.CreateDirectory(folder);
        var random = new Random(0);
        for (int i = 0; i < count; i++)
            File.WriteAllBytes(Path.Combine(folder, $"image{i:00000}.png"), ImageCodec.EncodeGrayPng(Image(side, random)));
        File.WriteAllText(done, "");
        return folder;
    }

    private static GrayImage Image(int side, Random random)
    {
        const int block = 64;
        int blocks = (side + block - 1) / block;
        var coarse = new float[blocks * blocks];
        for (int i = 0; i < coarse.Length; i++) coarse[i] = 0.15f + 0.6f * random.NextSingle();
        var image = new GrayImage(side, side);
        for (int y = 0; y < side; y++)
            for (int x = 0; x < side; x++)
                image[x, y] = coarse[y / block * blocks + x / block] + 0.025f * (random.NextSingle() + random.NextSingle() - 1f);
        return image;
    }
}
