using System.Text.Json;
using System.Text.Json.Serialization;

namespace RadAudit.Data.Validation;

/// <summary>The machine-readable form of a <see cref="DataValidationReport"/> (what <c>data check --json</c> prints).</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// JSON with <c>source</c>, <c>summary</c> (images, studies, patients, groups, sizes), <c>errors</c>,
    /// <c>warnings</c>, <c>skippedImages</c> and <c>problems</c> (code, file, message, error).
    /// </summary>
    public static string Write(DataValidationReport report, int skippedImages)
    {
        var document = new
        {
            report.Source,
            report.Summary,
            Errors = report.Problems.Count(problem => problem.IsError),
            Warnings = report.Problems.Count(problem => !problem.IsError),
            SkippedImages = skippedImages,
            Problems = report.Problems.Select(problem => new { problem.Code, problem.File, problem.Message, Error = problem.IsError }),
        };
        return JsonSerializer.Serialize(document, Options);
    }
}
