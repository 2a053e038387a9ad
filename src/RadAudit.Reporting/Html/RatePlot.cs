using ScottPlot;

namespace RadAudit.Reporting.Html;

/// <summary>One line of a <see cref="RatePlot"/>: rates with their 95% intervals at each x.</summary>
public sealed record RateSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Rate, IReadOnlyList<double> Lower, IReadOnlyList<double> Upper);

/// <summary>
/// Rates against a setting with interval bars and a dashed 5% reference line, as SVG: how often a verdict fires
/// as the planted confounding grows (docs/validity.md). Kept beside <see cref="RocPlot"/> because ScottPlot lives here.
/// </summary>
public static class RatePlot
{
    private static readonly string[] Palette = ["#1f4e79", "#c0392b", "#b7791f", "#2e7d32", "#6a3d9a", "#00838f"];

    /// <summary>SVG markup of <paramref name="series"/>; x spread slightly per series so the bars do not overlap.</summary>
    public static string Svg(IReadOnlyList<RateSeries> series, string xLabel, string yLabel, int width = 720, int height = 460)
    {
        var plot = new Plot();
        double[] xs = [.. series.SelectMany(line => line.X)];
        double span = xs.Length > 0 ? xs.Max() - xs.Min() : 1;
        var reference = plot.Add.HorizontalLine(0.05);
        reference.LineColor = Color.FromHex("#9aa0a6");
        reference.LinePattern = LinePattern.Dashed;
        reference.LegendText = "5 %";
        for (int index = 0; index < series.Count; index++)
        {
            RateSeries line = series[index];
            var colour = Color.FromHex(Palette[index % Palette.Length]);
            double shift = (index - (series.Count - 1) / 2.0) * span * 0.012;
            double[] x = [.. line.X.Select(value => value + shift)];
            var scatter = plot.Add.Scatter(x, line.Rate.ToArray());
            scatter.Color = colour;
            scatter.LineWidth = 2;
            scatter.MarkerSize = 7;
            scatter.LegendText = line.Name;
            for (int point = 0; point < x.Length; point++)
            {
                var bar = plot.Add.Line(x[point], line.Lower[point], x[point], line.Upper[point]);
                bar.LineColor = colour;
                bar.LineWidth = 1.2f;
            }
        }
        plot.Axes.SetLimits(xs.Length > 0 ? xs.Min() - span * 0.05 : 0, xs.Length > 0 ? xs.Max() + span * 0.05 : 1, -0.02, 1.02);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetSvgXml(width, height);
    }
}
