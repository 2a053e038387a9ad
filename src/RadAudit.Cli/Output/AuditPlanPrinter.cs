using RadAudit.Audit.Planning;
using RadAudit.Audit.RunFolder;

namespace RadAudit.Cli;

/// <summary>
/// <c>--plan</c>: one line per job, tab-separated <c>id condition seed shard state</c> under a header, so a
/// scheduler script can count jobs (<c>tail -n +2 | wc -l</c>) or pick one shard's ids.
/// </summary>
public static class AuditPlanPrinter
{
    /// <summary>Prints the plan; <paramref name="shards"/> fills the shard column as <c>i/n</c> for that many shards.</summary>
    public static void Print(TextWriter output, AuditPlan plan, AuditRunFolder run, int shards = 1)
    {
        output.WriteLine("id\tcondition\tseed\tshard\tstate");
        for (int position = 0; position < plan.Jobs.Count; position++)
        {
            AuditJob job = plan.Jobs[position];
            var shard = new ShardSpec(position % shards + 1, shards);
            output.WriteLine($"{job.Id}\t{job.Condition}\t{job.Seed}\t{shard}\t{run.State(job).ToString().ToLowerInvariant()}");
        }
    }
}
