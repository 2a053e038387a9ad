using RadAudit.Audit.Planning;
using RadAudit.Audit.RunFolder;
using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Training;
using RadAudit.Reporting.Html;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Audit.Steps;

/// <summary>Steps 4–6 of an audit: evaluates every finished job and assembles results.json's records and the ROC curves.</summary>
public static class ResultsAssembly
{
    /// <summary>Evaluations of the finished jobs, grouped by condition in the plan's order, seeds in order.</summary>
    public static Dictionary<string, List<ConditionEvaluation>> Evaluate(AuditPlan plan, IReadOnlyList<CompletedJob> jobs, int bootstrap)
    {
        var byCondition = new Dictionary<string, List<ConditionEvaluation>>(StringComparer.Ordinal);
        foreach (string condition in plan.Conditions)
        {
            var runs = jobs.Where(done => done.Job.Condition == condition).OrderBy(done => done.Job.Seed)
                .Select(done => ConditionEvaluation.Of(done.Job, done.Predictions, bootstrap)).ToList();
            if (runs.Count > 0) byCondition[condition] = runs;
        }
        return byCondition;
    }

    /// <summary>Assembles the results (verdict included); <paramref name="probes"/> are the original model's.</summary>
    public static AuditResults Assemble(AuditSettings settings, AuditPlan plan, IReadOnlyList<CompletedJob> jobs,
        IReadOnlyDictionary<string, List<ConditionEvaluation>> byCondition, MarkerSummary markers, ImageDataSet data,
        IReadOnlyList<BoxStatistic> boxStatistics, AuditFingerprint fingerprint, ModelProbeResults? probes = null)
    {
        var conditions = byCondition.ToDictionary(pair => pair.Key,
            pair => SeedAggregation.Condition(pair.Value.Select(run => run.ToResult()).ToList()), StringComparer.Ordinal);
        var comparisons = new ComparisonSet(
            Comparisons.Compare(byCondition, Condition.Cover.Name, Condition.Original.Name, settings.BootstrapReplicates),
            Comparisons.Compare(byCondition, Condition.RandomCover.Name, Condition.Original.Name, settings.BootstrapReplicates));
        var saliency = new Dictionary<string, SaliencyResult>(StringComparer.Ordinal);
        foreach (string condition in byCondition.Keys)
        {
            var perSeed = jobs.Where(done => done.Job.Condition == condition)
                .Select(done => SaliencyFigures.Of(done.Saliency)).OfType<SaliencyResult>().ToList();
            if (SaliencyFigures.Average(perSeed) is SaliencyResult average) saliency[condition] = average;
        }
        var leaks = new LeakChecks(boxStatistics, Comparisons.VersusChance(byCondition, Condition.LabelsGeometry));
        var results = new AuditResults(conditions, comparisons, Comparisons.VersusChance(byCondition, Condition.LabelsOnly), saliency, markers,
            "", Config(settings, plan, data, jobs), Versions(), DataFingerprint.Compute(data.Records), fingerprint.Hash, fingerprint.Fields, leaks, probes);
        return VerdictWriter.WithVerdict(results);
    }

    /// <summary>Image-level ROC curves of each condition's first seed.</summary>
    public static IReadOnlyList<RocPlotSeries> Curves(IReadOnlyDictionary<string, List<ConditionEvaluation>> byCondition) =>
        byCondition.Values.Select(runs => runs[0].ToCurve()).ToList();

    // The device is what the jobs were trained on (their config.json), not what this invocation was asked for: a
    // collect on another machine must not rewrite it.
    private static AuditConfig Config(AuditSettings settings, AuditPlan plan, ImageDataSet data, IReadOnlyList<CompletedJob> jobs)
    {
        string device = string.Join(", ", jobs.Select(job => job.TrainedOn() ?? settings.Training.Device).Distinct(StringComparer.Ordinal));
        var train = data.ForSplit(Splits.Train).Records;
        var valid = data.ForSplit(Splits.Valid).Records;
        TrainingOptions training = settings.Training;
        return new AuditConfig(Path.GetFullPath(settings.DataPath), data.Kind.ToString(), train.Count, Studies(train),
            valid.Count, Studies(valid), training.Architecture, training.PretrainedPath, training.ImageSize,
            training.Epochs, training.BatchSize, training.LearningRate, plan.Seeds, plan.Conditions,
            settings.BootstrapReplicates, settings.SaliencyImages, device);
    }

    private static int Studies(IReadOnlyList<ImageRecord> records) =>
        records.Select(record => record.Study).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The component versions results.json records.</summary>
    public static Dictionary<string, string> Versions()
    {
        TorchRuntimeInfo runtime = TorchRuntimeInfo.Collect();
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["radaudit"] = RadAuditVersion.Current,
            ["dotnet"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            ["torchsharp"] = runtime.TorchSharpVersion,
            ["libtorch"] = runtime.LibTorchVersion,
            ["threads"] = runtime.Threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["compute"] = Learning.Runtime.Compute.ComputeRuntime.Summarise() is var compute
                ? $"{compute.Configuration} ({compute.Source}); {compute.CacheRepair}" : "",
        };
    }
}
