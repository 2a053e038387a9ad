namespace RadAudit.Imaging.Markers.Maps;

/// <summary>One connected region of a <see cref="LabelProbabilityMap"/> of one kind: its cells (row-major indices) and
/// the kind's probability summed over them.</summary>
/// <param name="Kind">Channel index of the kind.</param>
/// <param name="Cells">The cells.</param>
/// <param name="Mass">Σ probability of the kind over the cells.</param>
internal sealed record MapComponent(int Kind, IReadOnlyList<int> Cells, double Mass)
{
    /// <summary>Mean probability of the kind over the cells.</summary>
    public double MeanProbability => Mass / Cells.Count;

    /// <summary>Inclusive cell extent.</summary>
    public (int Left, int Top, int Right, int Bottom) Extent(int width) =>
        (Cells.Min(cell => cell % width), Cells.Min(cell => cell / width), Cells.Max(cell => cell % width), Cells.Max(cell => cell / width));
}
