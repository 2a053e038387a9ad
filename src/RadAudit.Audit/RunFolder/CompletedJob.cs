using RadAudit.Audit.Planning;
using RadAudit.Core;
using RadAudit.Data.Predictions;
using RadAudit.Stats.Attention;

namespace RadAudit.Audit.RunFolder;

/// <summary>A finished job with what the results are made of: its valid-split predictions and its label-attention
/// summary. A job run now hands them over in memory; one a previous run finished is read back from its folder.</summary>
/// <param name="Job">The job.</param>
/// <param name="Folder">Its folder under <c>RUN/jobs/</c>.</param>
/// <param name="Predictions">Its scores on the valid split.</param>
/// <param name="Saliency">The "all images" group of its saliency summary (null when it explained nothing).</param>
public sealed record CompletedJob(AuditJob Job, string Folder, IReadOnlyList<PredictionRecord> Predictions, AttentionGroupSummary? Saliency)
{
    /// <summary>The predictions file of a job folder (people and resumed runs read it).</summary>
    public static string PredictionsFile(string jobFolder) => Path.Combine(jobFolder, "predictions.csv");

    /// <summary>The saliency folder of a job folder.</summary>
    public static string SaliencyFolder(string jobFolder) => Path.Combine(jobFolder, "saliency");

    /// <summary>Reads a job a previous run finished.</summary>
    public static CompletedJob Read(AuditJob job, string folder) => new(job, folder,
        PredictionsCsvReader.Read(PredictionsFile(folder)), AttentionSummaryReader.ReadAll(Path.Combine(SaliencyFolder(folder), "summary.json")));
}
