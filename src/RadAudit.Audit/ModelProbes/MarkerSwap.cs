using RadAudit.Core;
using RadAudit.Core.Scoring;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Masking;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Stats.Attention;
using RadAudit.Stats.Bootstrap;

namespace RadAudit.Audit.ModelProbes;

/// <summary>
/// Probe 2: the counterfactual marker swap. Each image with a known label gets the labels of an image of the other
/// class (<see cref="SwapDonors"/>) in place of its own (<see cref="LabelTransplant"/>); an image without labels gets
/// the donor's pasted at the margin. The same model scores the edited images; a model that follows the labels moves
/// its logit toward the donor's class, flips decisions at the operating threshold and loses AUC.
/// </summary>
public static class MarkerSwap
{
    private const int HistogramBins = 20;

    /// <summary>Runs the swap on <paramref name="data"/>, given the model's <paramref name="original"/> logits on it;
    /// null when no image of one of the classes has labels to give.</summary>
    public static MarkerSwapResult? Run(IScoringModel model, ImageDataSet data, BoxIndex boxes, ScoredImages original,
        ModelProbeSettings settings, IProgress<ProgressReport>? progress, CancellationToken cancellation)
    {
        IReadOnlyDictionary<string, SwapDonors.Choice> donors = SwapDonors.Choose(data.Records, boxes, settings.Seed);
        if (donors.Count == 0) return null;
        ImageDataSet recipients = data.Where(record => donors.ContainsKey(record.Path));
        GrayImage Edit(ImageRecord record, GrayImage image)
        {
            ImageRecord donor = donors[record.Path].Donor;
            GrayImage donorImage = ImageCodec.Decode(data.ResolvePath(donor));
            return LabelTransplant.Apply(image, boxes.For(record.Path), donorImage, boxes.For(donor.Path), settings.Margin);
        }
        ScoredImages swapped = ProbeScoring.Score(model, recipients, Edit, settings, progress, "marker swap", cancellation);
        var before = new Dictionary<string, float>(StringComparer.Ordinal);
        for (int i = 0; i < original.Records.Count; i++) before[original.Records[i].Path] = original.Logits[i];
        var rows = swapped.Records.Select((record, index) => new Row(record, before[record.Path], swapped.Logits[index], donors[record.Path],
            boxes.For(record.Path).Count > 0, settings.Threshold)).ToList();
        ScoredImages baseline = swapped with { Logits = [.. rows.Select(row => row.Before)] };
        var afterPredictions = swapped.Predictions();
        ProbeInputResult auc = ProbeStatistics.Auc(afterPredictions, "marker swap");
        ProbeComparison? versus = rows.Select(row => row.Record.Label).Distinct().Count() == 2
            ? ProbeStatistics.Compare(afterPredictions, baseline.Predictions(), "swap", "original", settings.BootstrapReplicates, settings.Seed)
            : null;
        double[] shifts = [.. rows.Select(row => row.ShiftTowardDonor)];
        IntervalEstimate meanShift = IntervalEstimate.Mean(shifts);
        IntervalEstimate flips = IntervalEstimate.Proportion(rows.Count(row => row.Flipped), rows.Count);
        return new MarkerSwapResult(meanShift.Estimate, new ConfidenceInterval(meanShift.Lower, meanShift.Upper),
            rows.Average(row => Math.Abs(row.After - row.Before)), Distribution(shifts), flips.Estimate,
            new ConfidenceInterval(flips.Lower, flips.Upper), (double)rows.Count(row => row.FlippedTowardDonor) / rows.Count, settings.Threshold,
            auc.Auc, auc.AucCi95, versus, rows.Count, Group(rows.Where(row => row.HadLabels).ToList()),
            Group(rows.Where(row => !row.HadLabels).ToList()), rows.Count(row => row.Donor.SameBodyPart));
    }

    private static SwapGroup Group(List<Row> rows) => rows.Count == 0
        ? new SwapGroup(0, double.NaN, double.NaN)
        : new SwapGroup(rows.Count, rows.Average(row => row.ShiftTowardDonor), (double)rows.Count(row => row.Flipped) / rows.Count);

    private static ShiftDistribution Distribution(double[] shifts)
    {
        double[] sorted = [.. shifts.Order()];
        double reach = Math.Max(Math.Abs(sorted[0]), Math.Abs(sorted[^1]));
        double limit = reach > 0 ? reach : 1;
        // Symmetric around 0, so "toward the donor" is the right half of the plot.
        double[] edges = [.. Enumerable.Range(0, HistogramBins + 1).Select(index => -limit + 2 * limit * index / HistogramBins)];
        var counts = new int[HistogramBins];
        foreach (double shift in shifts) counts[Math.Clamp((int)((shift + limit) / (2 * limit) * HistogramBins), 0, HistogramBins - 1)]++;
        return new ShiftDistribution(Quantile.Type7(sorted, 0.05), Quantile.Type7(sorted, 0.25), Quantile.Type7(sorted, 0.5),
            Quantile.Type7(sorted, 0.75), Quantile.Type7(sorted, 0.95), edges, counts);
    }

    private sealed record Row(ImageRecord Record, float Before, float After, SwapDonors.Choice Donor, bool HadLabels, double Threshold)
    {
        private bool DonorAbnormal => Donor.Donor.Label == 1;

        public double ShiftTowardDonor => DonorAbnormal ? After - Before : Before - After;

        public bool Flipped => Abnormal(Before) != Abnormal(After);

        public bool FlippedTowardDonor => Flipped && Abnormal(After) == DonorAbnormal;

        private bool Abnormal(float logit) => ScoredImages.Probability(logit) >= Threshold;
    }
}
