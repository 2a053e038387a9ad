using RadAudit.Core;
using RadAudit.Core.Scoring;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Masking;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Stats.Attention;

namespace RadAudit.Audit.ModelProbes;

/// <summary>
/// Probe 3c: the deletion curve. Pixels are removed (set to the image's mean, as occlusion fills) most salient first, in
/// growing shares, and the logit's change measured; against that, the label pixels are removed, and as many most-salient
/// and as many random pixels. If the labels are where the evidence is, removing them moves the logit as much as
/// removing the same number of the most salient pixels, and far more than random ones.
/// </summary>
/// <remarks>Salient ranks come from the map on the original image; equal values are ranked by position. Random pixels
/// are drawn per image from a seed of its path and the run's seed. Only images with labels and attention enter.</remarks>
public static class DeletionCurve
{
    /// <summary>Shares of the image's pixels removed for the curve.</summary>
    public static IReadOnlyList<double> Fractions { get; } = [0.01, 0.02, 0.05, 0.1, 0.2];

    /// <summary>Runs the curve from the maps of <paramref name="method"/>; null when no image is usable.</summary>
    public static DeletionCurveResult? Run(IScoringModel model, string method, IReadOnlyList<ExplainedImage> explained, ImageDataSet sample,
        BoxIndex boxes, ModelProbeSettings settings, IProgress<ProgressReport>? progress, CancellationToken cancellation)
    {
        var usable = explained.Where(image => image.Usable).ToDictionary(image => image.Record.Path, StringComparer.Ordinal);
        if (usable.Count == 0) return null;
        ImageDataSet images = sample.Where(record => usable.ContainsKey(record.Path));
        var order = usable.ToDictionary(pair => pair.Key, pair => SalientFirst(pair.Value.Map), StringComparer.Ordinal);
        var labelPixels = usable.ToDictionary(pair => pair.Key, pair => LabelPixels(pair.Value, boxes, settings.Margin), StringComparer.Ordinal);

        double Change(string stage, Func<ImageRecord, GrayImage, int[]> removed)
        {
            GrayImage Edit(ImageRecord record, GrayImage image) => Removed(image, removed(record, image));
            ScoredImages scored = ProbeScoring.Score(model, images, Edit, settings, progress, "deletion: " + stage, cancellation);
            return scored.Records.Select((record, index) => Math.Abs(scored.Logits[index] - usable[record.Path].Logit)).Average();
        }

        var curve = Fractions.Select(fraction => new DeletionPoint(fraction, Change($"top {fraction:P0}",
            (record, image) => order[record.Path][..Math.Max(1, (int)Math.Round(fraction * image.Pixels.Length))]))).ToList();
        double labels = Change("labels", (record, _) => labelPixels[record.Path]);
        double salient = Change("top as many as labels", (record, _) => order[record.Path][..labelPixels[record.Path].Length]);
        double random = Change("random as many as labels", (record, image) => RandomPixels(record, image.Pixels.Length, labelPixels[record.Path].Length, settings.Seed));
        return new DeletionCurveResult(method, curve, usable.Values.Average(image => image.Measures.LabelAreaFraction), labels, salient, random, usable.Count);
    }

    private static GrayImage Removed(GrayImage image, int[] pixels)
    {
        GrayImage result = image.Clone();
        float mean = image.Pixels.Average();
        foreach (int pixel in pixels) result.Pixels[pixel] = mean;
        return result;
    }

    private static int[] SalientFirst(GrayImage map)
    {
        int[] order = [.. Enumerable.Range(0, map.Pixels.Length)];
        float[] keys = [.. map.Pixels.Select(value => -value)];
        // A stable sort: equal values stay in position order.
        return [.. order.OrderBy(index => keys[index])];
    }

    private static int[] LabelPixels(ExplainedImage image, BoxIndex boxes, int margin)
    {
        bool[] region = LabelAttention.LabelRegion(boxes.For(image.Record.Path), image.Map.Width, image.Map.Height, margin);
        return [.. Enumerable.Range(0, region.Length).Where(index => region[index])];
    }

    private static int[] RandomPixels(ImageRecord record, int count, int take, int seed)
    {
        int[] all = [.. Enumerable.Range(0, count)];
        new Random(StableSeed.For(record.Path, seed)).Shuffle(all);
        return all[..take];
    }
}
