using RadAudit.Core;

namespace RadAudit.Data.Validation;

/// <summary>A data set with errors, used without <c>--skip-bad</c>: the message lists the first problems.</summary>
public sealed class DataValidationException : RadAuditException
{
    private const int ProblemsInMessage = 5;

    /// <summary>Creates the error from <paramref name="report"/>.</summary>
    public DataValidationException(DataValidationReport report)
        : base(Describe(report))
    {
        Report = report;
    }

    /// <summary>The full report.</summary>
    public DataValidationReport Report { get; }

    private static string Describe(DataValidationReport report)
    {
        var errors = report.Errors.ToList();
        string first = string.Join("; ", errors.Take(ProblemsInMessage));
        string more = errors.Count > ProblemsInMessage ? $"; and {errors.Count - ProblemsInMessage} more" : "";
        return $"{report.Source}: {errors.Count} data problem(s): {first}{more}. " +
               $"Run 'radaudit data check' on {report.Source} for the full list, fix them, or use {Settings.Mention(Settings.SkipBad)} " +
               $"to skip the {report.BadRecordIndices().Count} image(s) concerned.";
    }
}
