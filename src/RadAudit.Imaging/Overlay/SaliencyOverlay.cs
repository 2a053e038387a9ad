using RadAudit.Core;

namespace RadAudit.Imaging.Overlay;

/// <summary>
/// Renders a saliency overlay: the grayscale radiograph, the heatmap in a perceptually uniform colour map, and
/// the label boxes outlined.
/// </summary>
/// <remarks>
/// Each pixel is (1 − α)·gray + α·colour(h) with α = <see cref="MaximumOpacity"/> · h, so where the map is zero the
/// radiograph shows unchanged and the colour only appears where there is attention. Boxes are drawn as their own
/// outline (not the mask margin), <see cref="OutlineWidth"/> pixels wide just inside the box edge.
/// </remarks>
public sealed class SaliencyOverlay
{
    /// <summary>The colour map (default viridis).</summary>
    public ColorMap Colors { get; init; } = ColorMap.Viridis;

    /// <summary>Opacity of the heat colour where the map is 1 (default 0.6).</summary>
    public float MaximumOpacity { get; init; } = 0.6f;

    /// <summary>Box outline colour (default magenta, which neither viridis nor inferno contain).</summary>
    public (byte Red, byte Green, byte Blue) OutlineColor { get; init; } = (255, 0, 255);

    /// <summary>Outline width in pixels; 0 picks max(1, shorter side / 200).</summary>
    public int OutlineWidth { get; init; }

    /// <summary>Renders the overlay; <paramref name="heatmap"/> must have the radiograph's size, values in [0, 1].</summary>
    public RgbImage Render(GrayImage radiograph, GrayImage heatmap, IReadOnlyList<LabelBox> boxes)
    {
        ArgumentNullException.ThrowIfNull(radiograph);
        ArgumentNullException.ThrowIfNull(heatmap);
        ArgumentNullException.ThrowIfNull(boxes);
        if (heatmap.Width != radiograph.Width || heatmap.Height != radiograph.Height)
            throw new ArgumentException(
                $"The heatmap is {heatmap.Width}×{heatmap.Height} but the radiograph {radiograph.Width}×{radiograph.Height}.", nameof(heatmap));
        var overlay = new RgbImage(radiograph.Width, radiograph.Height);
        for (int y = 0; y < radiograph.Height; y++)
            for (int x = 0; x < radiograph.Width; x++)
                overlay.Set(x, y, Blend(radiograph[x, y], heatmap[x, y]));
        int width = OutlineWidth > 0 ? OutlineWidth : Math.Max(1, Math.Min(radiograph.Width, radiograph.Height) / 200);
        foreach (LabelBox box in boxes)
            DrawOutline(overlay, box, width);
        return overlay;
    }

    private (byte Red, byte Green, byte Blue) Blend(float gray, float heat)
    {
        float level = float.IsNaN(heat) ? 0f : Math.Clamp(heat, 0f, 1f);
        float alpha = MaximumOpacity * level;
        float background = Math.Clamp(gray, 0f, 1f) * 255f;
        var (red, green, blue) = Colors.Color(level);
        return (Mix(background, red, alpha), Mix(background, green, alpha), Mix(background, blue, alpha));
    }

    private static byte Mix(float background, byte color, float alpha) =>
        (byte)Math.Clamp((int)MathF.Round((1 - alpha) * background + alpha * color), 0, 255);

    private void DrawOutline(RgbImage overlay, LabelBox box, int width)
    {
        int left = Math.Max(0, box.X), top = Math.Max(0, box.Y);
        int right = Math.Min(overlay.Width, box.Right), bottom = Math.Min(overlay.Height, box.Bottom);
        for (int y = top; y < bottom; y++)
        {
            for (int x = left; x < right; x++)
            {
                bool onEdge = x < left + width || x >= right - width || y < top + width || y >= bottom - width;
                if (onEdge) overlay.Set(x, y, OutlineColor);
            }
        }
    }
}
