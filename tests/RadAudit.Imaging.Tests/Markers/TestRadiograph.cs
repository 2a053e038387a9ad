namespace RadAudit.Imaging.Tests.Markers;

/// <summary>
/// Draws tiny known-answer radiographs for detector tests: a dark noisy background, optional bright "bone"
/// (a smooth ellipse) and "screw" (a solid bar), a faint plate, and 5×7 block letters at known places.
/// </summary>
internal static class TestRadiograph
{
    // 5x7 block letters, '#' = ink; enough for laterality letters and initials.
    private static readonly Dictionary<char, string[]> Font = new()
    {
        ['L'] = ["#....", "#....", "#....", "#....", "#....", "#....", "#####"],
        ['R'] = ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"],
        ['J'] = ["..###", "...#.", "...#.", "...#.", "#..#.", "#..#.", ".##.."],
        ['K'] = ["#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"],
        ['M'] = ["#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"],
        ['S'] = [".####", "#....", "#....", ".###.", "....#", "....#", "####."],
    };

    /// <summary>A width × height image of dark noise (seeded).</summary>
    public static GrayImage Background(int width, int height, int seed = 1, float level = 0.08f)
    {
        var random = new Random(seed);
        var image = new GrayImage(width, height);
        for (int i = 0; i < image.Pixels.Length; i++) image.Pixels[i] = level + 0.03f * (float)random.NextDouble();
        return image;
    }

    /// <summary>Draws <paramref name="text"/> with blocks of <paramref name="scale"/> pixels; returns the ink's box (x, y, w, h).</summary>
    public static (int X, int Y, int Width, int Height) Text(GrayImage image, string text, int x, int y, int scale, float ink = 1f)
    {
        int right = x, bottom = y;
        for (int index = 0; index < text.Length; index++)
        {
            string[] rows = Font[text[index]];
            int left = x + index * 6 * scale;
            for (int row = 0; row < 7; row++)
                for (int column = 0; column < 5; column++)
                {
                    if (rows[row][column] != '#') continue;
                    Fill(image, left + column * scale, y + row * scale, scale, scale, ink);
                    right = Math.Max(right, left + (column + 1) * scale);
                    bottom = Math.Max(bottom, y + (row + 1) * scale);
                }
        }
        int clippedX = Math.Max(0, x), clippedY = Math.Max(0, y);
        return (clippedX, clippedY, Math.Min(image.Width, right) - clippedX, Math.Min(image.Height, bottom) - clippedY);
    }

    /// <summary>Fills a rectangle (clipped to the image) with <paramref name="value"/>.</summary>
    public static void Fill(GrayImage image, int x, int y, int width, int height, float value)
    {
        for (int row = Math.Max(0, y); row < Math.Min(image.Height, y + height); row++)
            for (int column = Math.Max(0, x); column < Math.Min(image.Width, x + width); column++)
                image[column, row] = value;
    }

    /// <summary>A smooth bright ellipse (bone), peaking at <paramref name="peak"/> in its centre.</summary>
    public static void Bone(GrayImage image, int centreX, int centreY, int radiusX, int radiusY, float peak)
    {
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                double dx = (x - centreX) / (double)radiusX, dy = (y - centreY) / (double)radiusY, r = dx * dx + dy * dy;
                if (r < 1) image[x, y] = Math.Max(image[x, y], (float)(0.3 + (peak - 0.3) * (1 - r)));
            }
    }
}
