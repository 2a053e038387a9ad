using System.Globalization;
using RadAudit.Reporting.Results.Probes;

namespace RadAudit.Cli;

/// <summary>Prints a model audit's key figures and verdict after a run.</summary>
public static class ModelAuditPrinter
{
    /// <summary>Writes the summary.</summary>
    public static void Print(TextWriter output, ModelAuditResults results, string runFolder)
    {
        output.WriteLine();
        foreach (var (name, input) in results.TestTime.Inputs)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-13} AUC {input.Auc:0.000} [{input.AucCi95.Lower:0.000}, {input.AucCi95.Upper:0.000}]  study AUC {input.StudyAuc:0.000}  n={input.NImages}"));
        if (results.Counterfactual.Swap is { } swap)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"marker swap   mean logit shift toward the donor {swap.MeanLogitShift:0.000}  flip rate {swap.FlipRate:0.000}  AUC {swap.Auc:0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"saliency      {results.Saliency.Method} energy on labels {results.Saliency.EnergyInLabels:0.000} (enrichment {results.Saliency.Enrichment:0.00}); sanity check {results.Saliency.Sanity.Passed switch { true => "passed", false => "failed", null => "not applicable" }}"));
        output.WriteLine();
        output.WriteLine(results.Verdict);
        output.WriteLine();
        output.WriteLine($"results: {Path.GetFullPath(Path.Combine(runFolder, "results.json"))}");
        output.WriteLine($"report:  {Path.GetFullPath(Path.Combine(runFolder, "report.html"))}");
    }
}
