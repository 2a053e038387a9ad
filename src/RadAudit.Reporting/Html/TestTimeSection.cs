using System.Globalization;
using System.Text;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Html;

/// <summary>Test-time masking: one trained model's AUC on each input, and the paired comparisons.</summary>
internal static class TestTimeSection
{
    private static readonly (string Name, string Description)[] Rows =
    [
        ("original", "the images as given"),
        ("cover", "labels covered black (as published)"),
        ("cover-mean", "labels covered with the image mean"),
        ("cover-blur", "labels filled smoothly from their border"),
        ("random-cover", "random regions of the labels' size covered (control)"),
        ("labels-only", "everything but the labels black"),
    ];

    public static void Write(StringBuilder html, TestTimeResults testTime, int level, string id)
    {
        Heading.Open(html, level, id, "Test-time masking");
        html.Append("<p class=\"lead\">The same model, no retraining, on the same ").Append(VerdictFormat.Count(testTime.NImages))
            .Append(" images (").Append(VerdictFormat.Count(testTime.ImagesWithLabels)).Append(" with labels). ")
            .Append("A model that uses the labels loses AUC when they are covered and not when random regions of the same area are.</p>")
            .Append("<div class=\"table-wrap\"><table><thead><tr>");
        foreach (string header in new[] { "Input", "AUC (95% CI)", "Study AUC (95% CI)", "Images" })
            html.Append(Html.HeaderCell(header));
        html.Append("</tr></thead><tbody>");
        foreach (var (name, description) in Rows)
        {
            if (!testTime.Inputs.TryGetValue(name, out ProbeInputResult? input)) continue;
            html.Append("<tr><th scope=\"row\">").Append(Html.Escape(name)).Append("<span class=\"note\">").Append(Html.Escape(description)).Append("</span></th>")
                .Append(Html.Cell(ConditionsSection.WithInterval(input.Auc, input.AucCi95), "num"))
                .Append(Html.Cell(ConditionsSection.WithInterval(input.StudyAuc, input.StudyAucCi95), "num"))
                .Append(Html.Cell(VerdictFormat.Count(input.NImages), "num")).Append("</tr>");
        }
        html.Append("</tbody></table></div>");
        var comparisons = new List<ProbeComparison?> { testTime.CoverVsOriginal, testTime.RandomCoverVsOriginal, testTime.CoverVsRandomCover };
        comparisons.AddRange(testTime.CoverFills.Where(pair => pair.Key != "black").Select(pair => pair.Value));
        WriteComparisons(html, comparisons.OfType<ProbeComparison>().ToList(), level + 1);
        Heading.Close(html, level);
    }

    /// <summary>The paired-comparison table (image level, study level beside it).</summary>
    public static void WriteComparisons(StringBuilder html, IReadOnlyList<ProbeComparison> comparisons, int level)
    {
        if (comparisons.Count == 0) return;
        html.Append($"<h{level}>Paired comparisons</h{level}><div class=\"table-wrap\"><table><thead><tr>");
        foreach (string header in new[] { "Comparison", "ΔAUC", "DeLong 95% CI", "z", "p", "Bootstrap 95% CI", "Study ΔAUC", "Study p" })
            html.Append(Html.HeaderCell(header));
        html.Append("</tr></thead><tbody>");
        foreach (ProbeComparison comparison in comparisons)
            html.Append("<tr><th scope=\"row\">").Append(Html.Escape($"{comparison.Input} − {comparison.Baseline}")).Append("</th>")
                .Append(Html.Cell(VerdictFormat.Signed(comparison.Difference), "num"))
                .Append(Html.Cell(VerdictFormat.SignedRange(comparison.Ci95), "num"))
                .Append(Html.Cell(double.IsFinite(comparison.Z) ? comparison.Z.ToString("0.00", CultureInfo.InvariantCulture) : "n/a", "num"))
                .Append(Html.Cell(PValue(comparison.P), "num"))
                .Append(Html.Cell(VerdictFormat.SignedRange(comparison.BootstrapCi95), "num"))
                .Append(Html.Cell(VerdictFormat.Signed(comparison.Study.Difference), "num"))
                .Append(Html.Cell(PValue(comparison.Study.P), "num"))
                .Append("</tr>");
        html.Append("</tbody></table></div>");
    }

    private static string PValue(double p) =>
        VerdictFormat.PValue(p).Replace("p ", "", StringComparison.Ordinal).Replace("= ", "", StringComparison.Ordinal);
}
