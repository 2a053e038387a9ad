using System.Globalization;
using RadAudit.Reporting.Results;

namespace RadAudit.Cli;

/// <summary>Prints the audit's verdict and a one-line-per-condition table after a run.</summary>
public static class AuditSummaryPrinter
{
    /// <summary>Writes the summary.</summary>
    public static void Print(TextWriter output, AuditResults results, string runFolder)
    {
        output.WriteLine();
        foreach (var (name, condition) in results.Conditions)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-13} AUC {condition.Auc:0.000} [{condition.AucCi95.Lower:0.000}, {condition.AucCi95.Upper:0.000}]  study AUC {condition.StudyAuc:0.000}  kappa {condition.Kappa:0.000}  n={condition.NImages}"));
        foreach (var (name, saliency) in results.Saliency)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-13} Grad-CAM energy on labels {saliency.EnergyInLabels:0.000} (labels cover {saliency.LabelAreaFraction:0.000} of the image; enrichment {saliency.Enrichment:0.00})"));
        output.WriteLine();
        output.WriteLine(results.Verdict);
        output.WriteLine();
        output.WriteLine($"results: {Path.GetFullPath(Path.Combine(runFolder, "results.json"))}");
        output.WriteLine($"report:  {Path.GetFullPath(Path.Combine(runFolder, "report.html"))}");
    }
}
