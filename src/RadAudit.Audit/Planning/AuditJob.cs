using System.Globalization;

namespace RadAudit.Audit.Planning;

/// <summary>One independent training job of an audit: one condition trained with one seed.</summary>
/// <param name="Condition">Condition name (<see cref="RadAudit.Core.Condition.Name"/>).</param>
/// <param name="Seed">Training seed.</param>
public sealed record AuditJob(string Condition, int Seed)
{
    /// <summary>
    /// Stable id, e.g. <c>original-seed1</c>: it depends only on the condition and the seed (never on the order,
    /// the shard count or the machine), so job folders written by different shards line up.
    /// </summary>
    public string Id => $"{Condition}-seed{Seed.ToString(CultureInfo.InvariantCulture)}";
}
