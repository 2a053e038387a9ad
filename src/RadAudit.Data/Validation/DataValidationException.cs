using RadAudit.Core;

namespace RadAudit.Data.Validation;

/// <summary>A data set with errors, used without <c>--skip-bad</c> (or with errors it cannot skip): the message lists
/// the first problems and the way out.</summary>
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
        int unskippable = report.Unskippable.Count;
        // Each problem ends with its own full stop; the list gets one, not two.
        return $"{report.Source}: {errors.Count} data problem(s): {(first + more).TrimEnd('.')}. " +
               $"Run 'radaudit data check' on {report.Source} for the full list, " + (unskippable == errors.Count
                   ? $"and fix them: they concern no single image, so {Settings.Mention(Settings.SkipBad)} cannot leave them out."
                   : unskippable > 0
                       ? $"and fix them: {unskippable} concern no single image, which {Settings.Mention(Settings.SkipBad)} cannot leave out."
                       : $"fix them, or use {Settings.Mention(Settings.SkipBad)} to skip the {report.BadRecordIndices().Count} image(s) concerned.");
    }
}
