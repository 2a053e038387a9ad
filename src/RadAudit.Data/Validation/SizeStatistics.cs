namespace RadAudit.Data.Validation;

/// <summary>Width and height statistics over the readable images, in pixels.</summary>
/// <param name="Images">Images measured.</param>
/// <param name="MinWidth">Smallest width.</param>
/// <param name="MaxWidth">Largest width.</param>
/// <param name="MeanWidth">Mean width.</param>
/// <param name="MinHeight">Smallest height.</param>
/// <param name="MaxHeight">Largest height.</param>
/// <param name="MeanHeight">Mean height.</param>
public sealed record SizeStatistics(int Images, int MinWidth, int MaxWidth, double MeanWidth, int MinHeight, int MaxHeight, double MeanHeight)
{
    /// <summary>Statistics of <paramref name="sizes"/>; null when there are none.</summary>
    public static SizeStatistics? Of(IReadOnlyCollection<(int Width, int Height)> sizes) =>
        sizes.Count == 0
            ? null
            : new SizeStatistics(sizes.Count,
                sizes.Min(size => size.Width), sizes.Max(size => size.Width), sizes.Average(size => size.Width),
                sizes.Min(size => size.Height), sizes.Max(size => size.Height), sizes.Average(size => size.Height));
}
