using RadAudit.Imaging.Geometry;

namespace RadAudit.Imaging.Markers.Maps;

/// <summary>
/// Per-kind probabilities that a map cell lies inside a label's box, as a segmenting detector outputs them, and how
/// the map sits on the source image: cell (x, y) covers input pixels [x·Stride, (x + 1)·Stride) of the network
/// input, which <see cref="Geometry"/> maps back to the source.
/// </summary>
/// <param name="Width">Cells per row.</param>
/// <param name="Height">Rows of cells.</param>
/// <param name="Kinds">The label kind of each channel (RadAudit.Core.LabelKinds values).</param>
/// <param name="Probabilities">Channel-major probabilities in [0, 1]: [kind][y][x].</param>
/// <param name="Geometry">Source → network input placement.</param>
/// <param name="Stride">Input pixels per cell side.</param>
public sealed record LabelProbabilityMap(int Width, int Height, IReadOnlyList<string> Kinds, float[] Probabilities, ResizeGeometry Geometry,
    int Stride)
{
    /// <summary>Probability of channel <paramref name="kind"/> at cell (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public float At(int kind, int x, int y) => Probabilities[(kind * Height + y) * Width + x];

    /// <summary>The highest probability over all channels and the cells that lie on the source image.</summary>
    public float Peak()
    {
        float peak = 0;
        for (int y = 0; y < Height; y++)
            for (int x = 0; x < Width; x++)
                if (OnSource(x, y))
                    for (int kind = 0; kind < Kinds.Count; kind++) peak = Math.Max(peak, At(kind, x, y));
        return peak;
    }

    /// <summary>Whether cell (<paramref name="x"/>, <paramref name="y"/>)'s centre maps inside the source image
    /// (letterbox padding is not).</summary>
    public bool OnSource(int x, int y)
    {
        var (sourceX, sourceY) = Geometry.TargetToSource((x + 0.5f) * Stride, (y + 0.5f) * Stride);
        return sourceX >= 0 && sourceY >= 0 && sourceX < Geometry.SourceWidth && sourceY < Geometry.SourceHeight;
    }
}
