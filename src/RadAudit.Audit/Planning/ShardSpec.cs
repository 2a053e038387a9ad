using System.Globalization;
using RadAudit.Core;

namespace RadAudit.Audit.Planning;

/// <summary>One share of an audit's jobs, <c>i/n</c> with 1 ≤ i ≤ n (i is 1-based, like a Slurm array 1-n).</summary>
/// <param name="Index">This shard, 1-based.</param>
/// <param name="Count">Number of shards the audit is split into.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The whole audit as one shard.</summary>
    public static ShardSpec All { get; } = new(1, 1);

    /// <summary>Parses <c>i/n</c>; anything else is a usage error that shows an example.</summary>
    public static ShardSpec Parse(string text)
    {
        string[] parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count >= 1 && index >= 1 && index <= count)
            return new ShardSpec(index, count);
        throw new RadAuditException(
            $"shard '{text}': expected i/n with 1 <= i <= n, e.g. 1/4 (for a 0-based array index use $((INDEX+1))/n).",
            exitCode: 2, setting: Settings.Shard);
    }

    /// <summary>True when the plan's job at <paramref name="position"/> (0-based) belongs to this shard.</summary>
    /// <remarks>Round robin over the plan order, so every shard gets a near-equal share (sizes differ by at most one)
    /// and each shard's first jobs are early seeds of different conditions.</remarks>
    public bool Owns(int position) => position % Count == Index - 1;

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
