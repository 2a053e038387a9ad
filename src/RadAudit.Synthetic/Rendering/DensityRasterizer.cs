using System.Runtime.Intrinsics;
using RadAudit.Synthetic.Anatomy;
using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Rendering;

/// <summary>
/// Sums the projected densities of a scene's objects into a per-pixel attenuation map (line integrals, in local
/// anatomy units so that resolution does not change contrast); each object is evaluated only inside its box.
/// </summary>
public static class DensityRasterizer
{
    // Shapes are evaluated in 8×8 tiles; a capsule whose axis is farther from a tile's centre than its radius plus
    // the tile's half-diagonal (plus one pixel) cannot touch the tile and is skipped there, which matters for thin
    // oblique bones and for the base and head of a long bone. A tile row is eight pixels: one 256-bit vector.
    private const int Tile = 8;
    private const float TileReach = 6.7f;

    /// <summary>
    /// Fills the first width × height entries of <paramref name="density"/> with the attenuation map (row-major);
    /// the caller may pass a pooled, dirty buffer.
    /// </summary>
    public static void Rasterize(AnatomyScene scene, TrabecularTexture texture, float[] density)
    {
        int width = scene.Width, height = scene.Height;
        Array.Clear(density, 0, width * height);
        float perPixel = 1f / scene.Frame.PixelsPerUnit;
        foreach (BodyShape shape in scene.Shapes)
        {
            shape.Prepare();
            var (minX, minY, maxX, maxY) = shape.Extent();
            PixelBounds area = PixelBounds.Around(minX, minY, maxX, maxY, 1, width, height);
            bool vectorized = Vector256.IsHardwareAccelerated;
            var near = new int[shape.Capsules.Count];
            for (int tileTop = area.Top; tileTop < area.Bottom; tileTop += Tile)
                for (int tileLeft = area.Left; tileLeft < area.Right; tileLeft += Tile)
                {
                    int tileBottom = Math.Min(tileTop + Tile, area.Bottom), tileRight = Math.Min(tileLeft + Tile, area.Right);
                    var centre = new PointF2((tileLeft + tileRight) / 2f, (tileTop + tileBottom) / 2f);
                    int count = shape.CapsulesNear(centre, TileReach, near);
                    if (count == 0) continue;
                    // Pixels of a tile row past the shape's box but inside the image get exactly +0, so a full
                    // vector may run past the box; only the image's right edge needs the per-pixel path.
                    if (vectorized && tileLeft + Tile <= width)
                        AddVectorTile(density, width, tileLeft, tileTop, tileBottom, shape, near.AsSpan(0, count), texture, perPixel);
                    else
                        AddScalarTile(density, width, tileLeft, tileTop, tileRight, tileBottom, shape, texture, perPixel);
                }
        }
    }

    private static void AddVectorTile(float[] density, int width, int left, int top, int bottom, BodyShape shape,
        ReadOnlySpan<int> capsules, TrabecularTexture texture, float perPixel)
    {
        for (int y = top; y < bottom; y++)
        {
            Span<float> row = density.AsSpan(y * width + left, Tile);
            (Vector256.Create<float>(row) + shape.DensityOfEight(left, y, capsules, texture) * perPixel).CopyTo(row);
        }
    }

    private static void AddScalarTile(float[] density, int width, int left, int top, int right, int bottom, BodyShape shape,
        TrabecularTexture texture, float perPixel)
    {
        for (int y = top; y < bottom; y++)
        {
            int row = y * width;
            for (int x = left; x < right; x++)
            {
                float value = shape.Density(new PointF2(x + 0.5f, y + 0.5f), texture);
                if (value > 0) density[row + x] += value * perPixel;
            }
        }
    }
}
