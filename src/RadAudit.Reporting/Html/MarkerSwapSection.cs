using System.Globalization;
using System.Text;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Html;

/// <summary>The counterfactual marker swap: the logit shift toward the donor's class, its spread, and the flips.</summary>
internal static class MarkerSwapSection
{
    public static void Write(StringBuilder html, MarkerSwapResult? swap, int level, string id)
    {
        Heading.Open(html, level, id, "Counterfactual marker swap");
        if (swap is null)
        {
            html.Append("<p class=\"empty\">Not run: one of the classes has no image with labels to give.</p>");
            Heading.Close(html, level);
            return;
        }
        html.Append("<p class=\"lead\">Each image's labels replaced by those of an image of the other class (same body part where possible), placed where ")
            .Append("its own were; images without labels get the donor's pasted at the margin. A model that follows the labels moves toward the donor's class.</p>")
            .Append("<div class=\"columns\"><dl class=\"facts\">");
        Html.Fact(html, "Mean logit shift toward the donor", $"{VerdictFormat.Precise(swap.MeanLogitShift)} (95% CI {Interval(swap.MeanLogitShiftCi95)})");
        Html.Fact(html, "Mean |logit shift|", VerdictFormat.Precise(swap.MeanAbsoluteLogitShift));
        Html.Fact(html, "Shift quantiles (5, 25, 50, 75, 95%)", string.Join(", ", new[]
        {
            swap.Distribution.P05, swap.Distribution.P25, swap.Distribution.Median, swap.Distribution.P75, swap.Distribution.P95,
        }.Select(VerdictFormat.Precise)));
        Html.Fact(html, "Decisions flipped", $"{VerdictFormat.Percent(swap.FlipRate)} (95% CI {VerdictFormat.Percent(swap.FlipRateCi95.Lower)}–{VerdictFormat.Percent(swap.FlipRateCi95.Upper)}); " +
            $"toward the donor's class {VerdictFormat.Percent(swap.FlipTowardDonorRate)}");
        Html.Fact(html, "Operating threshold", $"probability ≥ {swap.Threshold.ToString("0.###", CultureInfo.InvariantCulture)} is abnormal");
        Html.Fact(html, "AUC after swapping", ConditionsSection.WithInterval(swap.Auc, swap.AucCi95) +
            (swap.VsOriginal is { } versus ? $"; Δ {VerdictFormat.Signed(versus.Difference)} ({VerdictFormat.PValue(versus.P)})" : ""));
        Html.Fact(html, "Labels replaced", $"{VerdictFormat.Count(swap.Swapped.NImages)} images: shift {VerdictFormat.Precise(swap.Swapped.MeanLogitShift)}, flipped {VerdictFormat.Percent(swap.Swapped.FlipRate)}");
        Html.Fact(html, "Labels pasted on", $"{VerdictFormat.Count(swap.Pasted.NImages)} images: shift {VerdictFormat.Precise(swap.Pasted.MeanLogitShift)}, flipped {VerdictFormat.Percent(swap.Pasted.FlipRate)}");
        Html.Fact(html, "Donor of the same body part", $"{VerdictFormat.Count(swap.SameBodyPartDonors)} of {VerdictFormat.Count(swap.NImages)}");
        html.Append("</dl><figure class=\"plot\">").Append(Histogram(swap.Distribution))
            .Append("<figcaption>Logit shift toward the donor's class (right of 0: the model followed the swapped labels).</figcaption></figure></div>");
        Heading.Close(html, level);
    }

    private static string Interval(Results.ConfidenceInterval interval) =>
        interval.IsKnown ? $"{VerdictFormat.Precise(interval.Lower)} to {VerdictFormat.Precise(interval.Upper)}" : "n/a";

    // A plain inline SVG: deterministic bytes, nothing to load.
    private static string Histogram(ShiftDistribution distribution)
    {
        const double width = 420, height = 170, left = 10, bottom = 145, plotHeight = 125;
        var invariant = CultureInfo.InvariantCulture;
        int bins = distribution.Counts.Count, largest = Math.Max(1, distribution.Counts.Max());
        double barWidth = (width - 2 * left) / bins;
        var svg = new StringBuilder();
        svg.Append(invariant, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Histogram of logit shifts\">");
        for (int bin = 0; bin < bins; bin++)
        {
            double barHeight = plotHeight * distribution.Counts[bin] / largest;
            bool toward = distribution.BinEdges[bin] >= 0;
            svg.Append(invariant, $"<rect x=\"{left + bin * barWidth:0.##}\" y=\"{bottom - barHeight:0.##}\" width=\"{barWidth - 1:0.##}\" height=\"{barHeight:0.##}\" fill=\"{(toward ? "#b3261e" : "#1f4e79")}\"><title>{distribution.BinEdges[bin]:0.00} to {distribution.BinEdges[bin + 1]:0.00}: {distribution.Counts[bin]}</title></rect>");
        }
        double zero = left + (width - 2 * left) / 2;
        svg.Append(invariant, $"<line x1=\"{zero:0.##}\" y1=\"{bottom - plotHeight:0.##}\" x2=\"{zero:0.##}\" y2=\"{bottom:0.##}\" stroke=\"#1d2330\" stroke-dasharray=\"3 3\"/>")
            .Append(invariant, $"<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{width - left}\" y2=\"{bottom}\" stroke=\"#5b6475\"/>")
            .Append(invariant, $"<text x=\"{left}\" y=\"{height - 6}\" font-size=\"11\" fill=\"#5b6475\">{distribution.BinEdges[0]:0.0}</text>")
            .Append(invariant, $"<text x=\"{zero:0.##}\" y=\"{height - 6}\" font-size=\"11\" fill=\"#5b6475\" text-anchor=\"middle\">0</text>")
            .Append(invariant, $"<text x=\"{width - left}\" y=\"{height - 6}\" font-size=\"11\" fill=\"#5b6475\" text-anchor=\"end\">+{distribution.BinEdges[^1]:0.0}</text>")
            .Append("</svg>");
        return svg.ToString();
    }
}
