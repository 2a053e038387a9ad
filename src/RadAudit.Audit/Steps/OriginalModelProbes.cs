using RadAudit.Audit.ModelProbes;
using RadAudit.Audit.Planning;
using RadAudit.Audit.RunFolder;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Learning.Scoring;
using RadAudit.Reporting.Results.Probes;

namespace RadAudit.Audit.Steps;

/// <summary>
/// Step 6 of an audit, the second design (issue #20): the original-image model of the first seed (its best checkpoint)
/// probed without retraining on the valid split — test-time masking, the marker swap, saliency with its checks — so
/// every audit reports both "do the labels carry information?" and "does the trained model use them?". Timings go to
/// <c>RUN/model-probes/timings.json</c>.
/// </summary>
public static class OriginalModelProbes
{
    /// <summary>The probes' results; null when they are switched off or the plan has no original condition.
    /// <paramref name="cancellation"/> stops them between batches, as it stops the jobs.</summary>
    public static ModelProbeResults? Run(AuditSettings settings, AuditPlan plan, AuditRunFolder run, ImageDataSet data, BoxIndex boxes,
        TextWriter log, IProgress<ProgressReport>? progress, CancellationToken cancellation = default)
    {
        if (settings.ModelProbes is not { } configured) return null;
        AuditJob? job = plan.Jobs.Where(candidate => candidate.Condition == Condition.Original.Name).OrderBy(candidate => candidate.Seed).FirstOrDefault();
        if (job is null) return null;
        ModelProbeSettings probes = configured with
        {
            Seed = job.Seed,
            BootstrapReplicates = settings.BootstrapReplicates,
            SaliencyImages = settings.SaliencyImages,
            SaliencyMethod = configured.SaliencyMethod ?? settings.SaliencyMethod,
            BatchSize = settings.Training.BatchSize,
            Workers = settings.Workers,
        };
        ImageDataSet valid = ProbeSubset.Choose(data.ForSplit(Splits.Valid).Where(record => record.Label is 0 or 1), probes.MaxImages, probes.Seed);
        using TorchScoringModel model = TorchModels.OpenRun(ConditionJob.TrainFolder(run.JobFolder(job)), "best", settings.Training.Device);
        log.WriteLine($"probing {job.Id} (best checkpoint) without retraining on {valid.Records.Count} valid images");
        ModelProbing.Outcome outcome = ModelProbing.Run(model, valid, boxes, probes, log, progress, cancellation);
        string folder = Directory.CreateDirectory(Path.Combine(run.Root, "model-probes")).FullName;
        ModelAudit.WriteTimings(Path.Combine(folder, "timings.json"), outcome.Timings);
        return outcome.Results with { Model = outcome.Results.Model with { Kind = "run", Notes = [.. outcome.Results.Model.Notes, $"the audit's {job.Id} model"] } };
    }
}
