using System.Text.Json;
using RadAudit.Audit.RunFolder;
using RadAudit.Core;

namespace RadAudit.Audit.Planning;

/// <summary>
/// <c>RUN/plan.json</c>: the first run (or shard) records the plan and the inputs its jobs are made from; every
/// later run, shard and collect must ask for the same conditions and seeds and bring the same inputs, so that shards
/// started with different options cannot mix in one folder.
/// </summary>
public static class AuditPlanFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>Checks that a recorded plan (if the folder has one) is for the same conditions and seeds.</summary>
    public static void Verify(AuditRunFolder run, AuditPlan plan)
    {
        if (!File.Exists(run.PlanFile)) return;
        AuditPlanRecord recorded = Read(run.PlanFile), wanted = Describe(plan, null);
        if (!recorded.Conditions.SequenceEqual(wanted.Conditions) || !recorded.Seeds.SequenceEqual(wanted.Seeds))
            throw new RadAuditException(
                $"{run.PlanFile}: this run folder was planned for conditions {string.Join(",", recorded.Conditions)} and seeds " +
                $"{string.Join(",", recorded.Seeds)}, but this command asks for conditions {string.Join(",", wanted.Conditions)} and seeds " +
                $"{string.Join(",", wanted.Seeds)}; repeat the original options or use a new output folder.", setting: Settings.Output);
    }

    /// <summary>
    /// Records the plan with <paramref name="inputs"/> if the folder has none yet (atomically: of two shards starting
    /// at once, one writes it and the other checks against it); otherwise checks the recorded plan and inputs.
    /// </summary>
    public static void Record(AuditRunFolder run, AuditPlan plan, AuditFingerprint inputs)
    {
        if (AtomicFile.TryCreateText(run.PlanFile, JsonSerializer.Serialize(Describe(plan, inputs), Options))) return;
        Verify(run, plan);
        IReadOnlyList<string> changes = RecordedInputs(run) is AuditFingerprint recorded
            ? inputs.ChangesFrom(recorded)
            : ["plan.json records no inputs (it was written before fingerprints)"];
        if (changes.Count > 0) throw StaleWork.Refusal(run, changes, collecting: false);
    }

    /// <summary>The inputs recorded in the folder's plan.json; null when it has none (or no plan).</summary>
    public static AuditFingerprint? RecordedInputs(AuditRunFolder run) =>
        File.Exists(run.PlanFile) && Read(run.PlanFile).Inputs is { } inputs ? new AuditFingerprint(inputs) : null;

    /// <summary>The plan recorded in <paramref name="path"/>.</summary>
    public static AuditPlanRecord Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<AuditPlanRecord>(File.ReadAllText(path), Options)
                ?? throw new JsonException("the file holds null");
        }
        catch (JsonException problem)
        {
            throw new RadAuditException($"{path}: not a valid audit plan ({problem.Message}); delete it to re-plan this run folder.", inner: problem);
        }
    }

    private static AuditPlanRecord Describe(AuditPlan plan, AuditFingerprint? inputs) =>
        new(plan.Conditions, plan.Seeds, plan.Jobs.Select(job => job.Id).ToList(), inputs?.Hash, inputs?.Fields);
}
