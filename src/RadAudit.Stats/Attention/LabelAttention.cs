using RadAudit.Core;

namespace RadAudit.Stats.Attention;

/// <summary>
/// Label-attention metrics as pure functions: how much of a saliency map falls on the burned-in label boxes.
/// </summary>
/// <remarks>
/// With h⁺ = max(h, 0) and M the label region (boxes grown by <c>margin</c> pixels on every side, clipped):
/// energy_in_labels = Σ_M h⁺ / Σ h⁺; peak_in_label = [argmax h ∈ M] (first maximum in row-major order);
/// label_area_fraction = |M| / (W·H); enrichment = energy_in_labels / label_area_fraction. A map spread
/// uniformly gives enrichment 1 whatever the box sizes, so enrichment compares images with large and small labels.
/// The margin matches the masking's (default 4 px), so "attention on the label" and "what covering hides" agree.
/// </remarks>
public static class LabelAttention
{
    /// <summary>The default margin in pixels, the same as the cover mask's.</summary>
    public const int DefaultMargin = 4;

    /// <summary>Computes all four measures for one image.</summary>
    public static LabelAttentionMeasures Measure(AttentionMap map, IReadOnlyList<LabelBox> boxes, int margin = DefaultMargin)
    {
        bool[] region = LabelRegion(boxes, map.Width, map.Height, margin);
        double energy = EnergyInLabels(map, region);
        double area = LabelAreaFraction(region);
        return new LabelAttentionMeasures(energy, PeakInLabel(map, region), area, Enrichment(energy, area));
    }

    /// <summary>The label region: true for pixels inside any box grown by <paramref name="margin"/>, clipped to the image.</summary>
    public static bool[] LabelRegion(IReadOnlyList<LabelBox> boxes, int width, int height, int margin = DefaultMargin)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        ArgumentOutOfRangeException.ThrowIfNegative(margin);
        var region = new bool[checked(width * height)];
        foreach (LabelBox box in boxes)
        {
            int left = Math.Max(0, box.X - margin), right = Math.Min(width, box.Right + margin);
            int top = Math.Max(0, box.Y - margin), bottom = Math.Min(height, box.Bottom + margin);
            for (int y = top; y < bottom; y++)
                region.AsSpan(y * width + left, Math.Max(0, right - left)).Fill(true);
        }
        return region;
    }

    /// <summary>Share of positive heatmap mass inside <paramref name="region"/>; NaN when the map has none.</summary>
    public static double EnergyInLabels(AttentionMap map, bool[] region)
    {
        CheckSizes(map, region);
        double inside = 0, total = 0;
        for (int i = 0; i < region.Length; i++)
        {
            double value = Math.Max(0f, map.Values[i]);
            total += value;
            if (region[i]) inside += value;
        }
        return total > 0 ? inside / total : double.NaN;
    }

    /// <summary>Whether the first maximum of the map lies in <paramref name="region"/>; null when no value is positive.</summary>
    public static bool? PeakInLabel(AttentionMap map, bool[] region)
    {
        CheckSizes(map, region);
        int best = 0;
        for (int i = 1; i < region.Length; i++)
            if (map.Values[i] > map.Values[best]) best = i;
        return map.Values[best] > 0 ? region[best] : null;
    }

    /// <summary>Share of pixels inside <paramref name="region"/>.</summary>
    public static double LabelAreaFraction(bool[] region)
    {
        ArgumentNullException.ThrowIfNull(region);
        int inside = 0;
        foreach (bool pixel in region)
            if (pixel) inside++;
        return region.Length == 0 ? double.NaN : (double)inside / region.Length;
    }

    /// <summary>energy / area; NaN when the area is zero or either value is undefined.</summary>
    public static double Enrichment(double energyInLabels, double labelAreaFraction) =>
        labelAreaFraction > 0 && !double.IsNaN(energyInLabels) ? energyInLabels / labelAreaFraction : double.NaN;

    private static void CheckSizes(AttentionMap map, bool[] region)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(region);
        map.Validate();
        if (region.Length != map.Values.Length)
            throw new ArgumentException($"The region has {region.Length} pixels but the map {map.Values.Length}.", nameof(region));
    }
}
