using System.Text.Json;
using RadAudit.Audit.RunFolder;
using RadAudit.Core;

namespace RadAudit.Audit.Planning;

/// <summary>
/// <c>RUN/plan.json</c>: the first run (or shard) records the plan; every later run, shard and collect must ask
/// for the same conditions and seeds, so that shards started with different options cannot mix in one folder.
/// </summary>
public static class AuditPlanFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>Writes the plan if the folder has none; otherwise checks the recorded plan is the same.</summary>
    public static void WriteOrVerify(AuditRunFolder run, AuditPlan plan)
    {
        var wanted = Describe(plan);
        if (!File.Exists(run.PlanFile))
        {
            AtomicFile.WriteText(run.PlanFile, JsonSerializer.Serialize(wanted, Options));
            return;
        }
        var recorded = Read(run.PlanFile);
        if (!recorded.Conditions.SequenceEqual(wanted.Conditions) || !recorded.Seeds.SequenceEqual(wanted.Seeds))
            throw new RadAuditException(
                $"{run.PlanFile}: this run folder was planned for conditions {string.Join(",", recorded.Conditions)} and seeds " +
                $"{string.Join(",", recorded.Seeds)}, but this command asks for conditions {string.Join(",", wanted.Conditions)} and seeds " +
                $"{string.Join(",", wanted.Seeds)}; repeat the original options or use a new output folder.", setting: Settings.Output);
    }

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

    private static AuditPlanRecord Describe(AuditPlan plan) =>
        new(plan.Conditions, plan.Seeds, plan.Jobs.Select(job => job.Id).ToList());

}
