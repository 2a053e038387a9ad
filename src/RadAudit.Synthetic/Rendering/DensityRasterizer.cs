using RadAudit.Synthetic.Anatomy;
using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Rendering;

/// <summary>
/// Sums the projected densities of a scene's objects into a per-pixel attenuation map (line integrals, in local
/// anatomy units so that resolution does not change contrast); each object is evaluated only inside its box.
/// </summary>
public static class DensityRasterizer
{
    // Shapes are evaluated in 8×8 tiles; a tile whose centre is farther than its half-diagonal (plus one pixel)
    // from every capsule cannot be touched and is skipped, which matters for thin oblique bones.
    private const int Tile = 8;
    private const float TileReach = 6.7f;

    /// <summary>Returns the attenuation map (row-major, width × height).</summary>
    public static float[] Rasterize(AnatomyScene scene, TrabecularTexture texture)
    {
        int width = scene.Width, height = scene.Height;
        var density = new float[width * height];
        float perPixel = 1f / scene.Frame.PixelsPerUnit;
        foreach (BodyShape shape in scene.Shapes)
        {
            shape.Prepare();
            var (minX, minY, maxX, maxY) = shape.Extent();
            PixelBounds area = PixelBounds.Around(minX, minY, maxX, maxY, 1, width, height);
            for (int tileTop = area.Top; tileTop < area.Bottom; tileTop += Tile)
                for (int tileLeft = area.Left; tileLeft < area.Right; tileLeft += Tile)
                {
                    int tileBottom = Math.Min(tileTop + Tile, area.Bottom), tileRight = Math.Min(tileLeft + Tile, area.Right);
                    var centre = new PointF2((tileLeft + tileRight) / 2f, (tileTop + tileBottom) / 2f);
                    if (!shape.MayCover(centre, TileReach)) continue;
                    for (int y = tileTop; y < tileBottom; y++)
                    {
                        int row = y * width;
                        for (int x = tileLeft; x < tileRight; x++)
                        {
                            float value = shape.Density(new PointF2(x + 0.5f, y + 0.5f), texture);
                            if (value > 0) density[row + x] += value * perPixel;
                        }
                    }
                }
        }
        return density;
    }
}
