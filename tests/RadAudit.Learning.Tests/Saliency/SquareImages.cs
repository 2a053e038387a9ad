namespace RadAudit.Learning.Tests.Saliency;

/// <summary>Synthetic task: dark noisy images, positives carry one bright square at a random place.</summary>
internal static class SquareImages
{
    public const int Size = 32;
    public const int SquareSide = 6;

    /// <summary>Images (N × Size × Size, row-major), labels, and each positive's square (X, Y; -1 for negatives).</summary>
    public static (float[] Pixels, float[] Labels, (int X, int Y)[] Squares) Create(int count, int seed)
    {
        var random = new Random(seed);
        var pixels = new float[count * Size * Size];
        var labels = new float[count];
        var squares = new (int X, int Y)[count];
        for (int i = 0; i < count; i++)
        {
            var image = pixels.AsSpan(i * Size * Size, Size * Size);
            for (int p = 0; p < image.Length; p++) image[p] = 0.2f * (float)random.NextDouble();
            squares[i] = (-1, -1);
            if (i % 2 == 0) continue;
            labels[i] = 1f;
            int x0 = random.Next(2, Size - SquareSide - 2), y0 = random.Next(2, Size - SquareSide - 2);
            for (int y = y0; y < y0 + SquareSide; y++)
                image.Slice(y * Size + x0, SquareSide).Fill(0.9f);
            squares[i] = (x0, y0);
        }
        return (pixels, labels, squares);
    }

    public static bool Inside((int X, int Y) square, int x, int y) =>
        x >= square.X && x < square.X + SquareSide && y >= square.Y && y < square.Y + SquareSide;
}
