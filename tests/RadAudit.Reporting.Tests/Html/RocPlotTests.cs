using System.Text.RegularExpressions;
using RadAudit.Reporting.Html;
using RadAudit.Reporting.Tests.Fixtures;

namespace RadAudit.Reporting.Tests.Html;

public sealed class RocPlotTests
{
    [Fact]
    public void Should_draw_every_curve_into_one_scalable_inline_svg()
    {
        // Given the four sample conditions' curves
        var curves = SampleGallery.RocCurves(SampleResults.Create());

        // When plotted
        string svg = RocPlot.Svg(curves);

        // Then it is inline SVG (no XML declaration) that scales with its box and names each curve with its AUC
        string root = Regex.Match(svg, "<svg[^>]*>").Value;
        Assert.StartsWith("<svg", svg);
        Assert.True(root.Contains("viewBox=\"0 0 560 460\"", StringComparison.Ordinal), root);
        Assert.Contains("labels-only (AUC 0.64)", svg);
        Assert.Contains("original (AUC 0.84)", svg);
    }

    [Fact]
    public void Should_reject_curves_whose_arrays_differ_in_length()
    {
        var curve = new RocPlotSeries("original", [0, 0.5, 1], [0, 1], 0.8);
        Assert.Throws<ArgumentException>(() => RocPlot.Svg([curve]));
    }
}
