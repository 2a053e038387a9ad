using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Decoding;
using RadAudit.Imaging.Masking;
using RadAudit.Reporting.Results;
using RadAudit.Stats;
using RadAudit.Stats.Roc;

namespace RadAudit.Audit.Steps;

/// <summary>
/// The leak guard of issue #21: simple statistics of each valid image's label boxes, each taken alone as a score for
/// abnormal. A labels-only model is supposed to read the labels; if the brightness of what lies under the label ink,
/// or the boxes' area or count, already separates the classes, labels-only can succeed without reading them (the
/// generator leaked exactly that at confounding 0; a box over soft tissue, a cast or a plate does it on real data).
/// Each statistic is averaged over a study's images and tested over studies, as the labels-only model is: a study's
/// images share its label and its technologist's labels, so they are not independent evidence.
/// </summary>
public static class LeakCheck
{
    // The mean mixes ink and background; it counts as the labels' look because a background leak shows in the 20th
    // percentile first, and a difference in ink share (bolder, longer initials) is what the labels say.
    private static readonly (string Name, string Description, string Kind)[] Statistics =
    [
        ("box_background", "20th-percentile brightness inside the boxes (what lies under and around the label ink)", BoxStatistic.UnderLabels),
        ("box_ink", "95th-percentile brightness inside the boxes (the label ink itself)", BoxStatistic.LabelLook),
        ("box_mean", "mean brightness inside the boxes", BoxStatistic.LabelLook),
        ("box_area", "share of the image the boxes cover", BoxStatistic.Placement),
        ("box_count", "number of label boxes", BoxStatistic.Placement),
    ];

    /// <summary>The statistics' study-level AUCs on the valid split (images with a known label; pixel statistics only
    /// where there are boxes).</summary>
    public static IReadOnlyList<BoxStatistic> Run(ImageDataSet data, BoxIndex boxes, IProgress<ProgressReport>? progress)
    {
        IReadOnlyList<ImageRecord> valid = data.ForSplit(Splits.Valid).Records.Where(record => record.Label is 0 or 1).ToList();
        var values = Statistics.ToDictionary(statistic => statistic.Name, _ => new List<(string Study, double Value, int Label)>(), StringComparer.Ordinal);
        int done = 0;
        foreach (ImageRecord record in valid)
        {
            IReadOnlyList<LabelBox> imageBoxes = boxes.For(record.Path);
            int label = record.Label!.Value;
            string study = record.Study;
            values["box_count"].Add((study, imageBoxes.Count, label));
            if (imageBoxes.Count > 0 && Pixels(data, record, imageBoxes) is (float[] inside, double area) && inside.Length > 0)
            {
                Array.Sort(inside);
                values["box_background"].Add((study, Percentile(inside, 0.20), label));
                values["box_ink"].Add((study, Percentile(inside, 0.95), label));
                values["box_mean"].Add((study, inside.Average(), label));
                values["box_area"].Add((study, area, label));
            }
            else values["box_area"].Add((study, 0, label));
            if (++done % 64 == 0 || done == valid.Count) progress?.Report(new ProgressReport("leak check", done, valid.Count));
        }
        return Statistics.Select(statistic => Estimate(statistic, values[statistic.Name])).ToList();
    }

    // The pixels inside the union of the boxes, and the share of the image they cover; null when it cannot be decoded.
    private static (float[] Inside, double Area)? Pixels(ImageDataSet data, ImageRecord record, IReadOnlyList<LabelBox> boxes)
    {
        GrayImage image;
        try
        {
            image = ImageCodec.Decode(data.ResolvePath(record));
        }
        catch (ImageDecodeException)
        {
            return null; // the data check has already named unreadable images
        }
        var inside = new bool[image.Pixels.Length];
        foreach (LabelBox box in boxes)
        {
            PixelRectangle rectangle = PixelRectangle.Of(box).Clip(image.Width, image.Height);
            for (int y = rectangle.Y; y < rectangle.Bottom; y++)
                Array.Fill(inside, true, y * image.Width + rectangle.X, rectangle.Width);
        }
        float[] pixels = image.Pixels.Where((_, index) => inside[index]).ToArray();
        return (pixels, pixels.Length / (double)image.Pixels.Length);
    }

    private static double Percentile(float[] sorted, double fraction) => sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(fraction * sorted.Length))];

    private static BoxStatistic Estimate((string Name, string Description, string Kind) statistic, List<(string Study, double Value, int Label)> values)
    {
        // A study's label is its images' label (MURA labels studies), so its first image's label stands for it.
        var studies = values.GroupBy(value => value.Study, StringComparer.Ordinal)
            .Select(study => (Value: study.Average(value => value.Value), study.First().Label)).ToList();
        var cases = studies.Where(study => study.Label == 1).Select(study => study.Value).ToList();
        var controls = studies.Where(study => study.Label == 0).Select(study => study.Value).ToList();
        if (cases.Count == 0 || controls.Count == 0)
            return new BoxStatistic(statistic.Name, statistic.Description, double.NaN, ConfidenceInterval.Unknown, studies.Count, statistic.Kind);
        AucEstimate estimate = DeLong.Estimate(new BinaryScores(cases, controls));
        return new BoxStatistic(statistic.Name, statistic.Description, estimate.Auc, new ConfidenceInterval(estimate.Lower, estimate.Upper),
            studies.Count, statistic.Kind);
    }
}
