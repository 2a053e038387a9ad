using System.Text.Json;
using RadAudit.Core;

namespace RadAudit.Learning.Training;

/// <summary>Reads and appends <c>RUN/metrics.jsonl</c>.</summary>
public static class MetricsLog
{
    /// <summary>Reads every epoch line of <paramref name="path"/> (empty when the file does not exist).</summary>
    public static IReadOnlyList<EpochMetrics> Read(string path) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(line => line.Length > 0)
                .Select(line => JsonSerializer.Deserialize<EpochMetrics>(line)!).ToArray()
            : [];

    /// <summary>Adds one line. Lines of epochs after <paramref name="metrics"/>' predecessor (left by a run killed
    /// between writing metrics and its checkpoint) are dropped first, so a resumed run never repeats an epoch.</summary>
    internal static void Append(string path, EpochMetrics metrics)
    {
        EpochMetrics[] kept = Read(path).Where(line => line.Epoch < metrics.Epoch).Append(metrics).ToArray();
        AtomicFile.WriteText(path, string.Concat(kept.Select(line => JsonSerializer.Serialize(line) + "\n")));
    }
}
