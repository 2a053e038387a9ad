namespace RadAudit.Imaging.Transforms;

/// <summary>
/// Resamples an image through an inverse affine map (target pixel centre → source coordinate), bilinear, with
/// black outside the source. Shared by the geometric augmentations so each stays a few lines.
/// </summary>
internal static class AffineWarp
{
    /// <summary>
    /// Output pixel (x, y) takes the source value at (m00·u + m01·v, m10·u + m11·v) + centre + shift, where
    /// (u, v) is the pixel centre relative to the image centre.
    /// </summary>
    public static GrayImage Apply(GrayImage source, float m00, float m01, float m10, float m11, float shiftX, float shiftY)
    {
        var target = new GrayImage(source.Width, source.Height);
        float centreX = source.Width / 2f, centreY = source.Height / 2f;
        float[] output = target.Pixels;
        for (int y = 0; y < source.Height; y++)
        {
            float v = y + 0.5f - centreY;
            for (int x = 0; x < source.Width; x++)
            {
                float u = x + 0.5f - centreX;
                float sourceX = m00 * u + m01 * v + centreX + shiftX - 0.5f;
                float sourceY = m10 * u + m11 * v + centreY + shiftY - 0.5f;
                output[y * source.Width + x] = Bilinear(source, sourceX, sourceY);
            }
        }
        return target;
    }

    private static float Bilinear(GrayImage source, float x, float y)
    {
        if (x <= -1 || y <= -1 || x >= source.Width || y >= source.Height) return 0f;
        int left = (int)MathF.Floor(x), top = (int)MathF.Floor(y);
        float fx = x - left, fy = y - top;
        float topRow = Lerp(Sample(source, left, top), Sample(source, left + 1, top), fx);
        float bottomRow = Lerp(Sample(source, left, top + 1), Sample(source, left + 1, top + 1), fx);
        return Lerp(topRow, bottomRow, fy);
    }

    private static float Sample(GrayImage source, int x, int y) =>
        x < 0 || y < 0 || x >= source.Width || y >= source.Height ? 0f : source.Pixels[y * source.Width + x];

    private static float Lerp(float a, float b, float t) => a + (b - a) * t;
}
