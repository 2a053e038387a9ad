using System.Text.RegularExpressions;
using ScottPlot;

namespace RadAudit.Reporting.Html;

/// <summary>All conditions' ROC curves in one ScottPlot figure, as inline SVG markup.</summary>
public static class RocPlot
{
    private static readonly string[] Palette = ["#1f4e79", "#c0392b", "#b7791f", "#2e7d32", "#6a3d9a", "#00838f"];

    /// <summary>SVG markup (no XML declaration) of the curves with the chance diagonal.</summary>
    public static string Svg(IReadOnlyList<RocPlotSeries> curves, int width = 560, int height = 460)
    {
        var plot = new Plot();
        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LineColor = Color.FromHex("#9aa0a6");
        chance.LinePattern = LinePattern.Dashed;
        chance.LegendText = "chance (AUC 0.50)";
        for (int index = 0; index < curves.Count; index++)
            AddCurve(plot, curves[index], Palette[index % Palette.Length]);
        plot.Axes.SetLimits(-0.01, 1.01, -0.01, 1.01);
        plot.XLabel("False positive rate (1 − specificity)");
        plot.YLabel("True positive rate (sensitivity)");
        plot.ShowLegend(Alignment.LowerRight);
        plot.Legend.FontSize = 13;
        plot.Axes.Bottom.Label.FontSize = 14;
        plot.Axes.Left.Label.FontSize = 14;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.Label.Bold = false;
        string svg = RenumberClipPaths(StripDeclaration(plot.GetSvgXml(width, height)));
        // ScottPlot sets only width and height; a viewBox lets CSS scale the plot down on narrow screens.
        return ReplaceFirst(svg, "<svg ", $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"ROC curves of all conditions\" ");
    }

    private static void AddCurve(Plot plot, RocPlotSeries curve, string colour)
    {
        if (curve.FalsePositiveRates.Count != curve.TruePositiveRates.Count)
            throw new ArgumentException($"ROC curve of {curve.Condition}: {curve.FalsePositiveRates.Count} false positive rates but {curve.TruePositiveRates.Count} true positive rates.", nameof(curve));
        var scatter = plot.Add.ScatterLine(curve.FalsePositiveRates.ToArray(), curve.TruePositiveRates.ToArray());
        scatter.Color = Color.FromHex(colour);
        scatter.LineWidth = 2.2f;
        scatter.LegendText = $"{curve.Condition} (AUC {Verdict.VerdictFormat.Metric(curve.Auc)})";
    }

    // ScottPlot names clip paths from a process-wide counter; renumber them so the same input gives the same bytes
    // and the ids cannot collide with other inline SVG in the page.
    private static string RenumberClipPaths(string svg)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        return Regex.Replace(svg, @"\bcl_[0-9A-Za-z]+\b", match =>
        {
            if (!renamed.TryGetValue(match.Value, out string? name))
                renamed[match.Value] = name = $"roc-clip-{renamed.Count + 1}";
            return name;
        });
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        int index = text.IndexOf(find, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + find.Length));
    }

    // Inline SVG inside HTML must not carry an XML declaration.
    private static string StripDeclaration(string svg)
    {
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
