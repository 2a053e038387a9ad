using System.Globalization;
using BenchmarkDotNet.Attributes;
using RadAudit.Stats;
using RadAudit.Stats.Roc;

namespace RadAudit.Benchmarks;

/// <summary>
/// Paired DeLong test on n = 1,000,000 (issue 6: under 1 s). Reads the data set that bench/peer/proc_paired_delong.R
/// writes (label,score_a,score_b; seed 2021), so pROC is timed on exactly the same numbers:
/// <c>Rscript bench/peer/proc_paired_delong.R</c> first, then
/// <c>dotnet run -c Release --project bench/RadAudit.Benchmarks -- --filter *StatsPairedDeLong*</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class StatsPairedDeLongBenchmark
{
    private double[] scoresA = [];
    private double[] scoresB = [];
    private bool[] positive = [];
    private PairedBinaryScores paired = null!;

    /// <summary>Number of rows (the R script's first argument).</summary>
    [Params(1_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Load()
    {
        string csv = Path.Combine(Environment.GetEnvironmentVariable("TMPDIR") ?? "/tmp", "radaudit-bench", $"paired_{Count}.csv");
        if (!File.Exists(csv))
            throw new FileNotFoundException($"Run 'Rscript bench/peer/proc_paired_delong.R {Count}' first; it writes {csv}.");
        string[][] rows = File.ReadLines(csv).Skip(1).Select(line => line.Split(',')).ToArray();
        positive = rows.Select(row => row[0] == "1").ToArray();
        scoresA = rows.Select(row => double.Parse(row[1], CultureInfo.InvariantCulture)).ToArray();
        scoresB = rows.Select(row => double.Parse(row[2], CultureInfo.InvariantCulture)).ToArray();
        paired = PairedBinaryScores.FromLabels(scoresA, scoresB, positive);
        AucDifference check = DeLong.Compare(paired);
        Console.WriteLine($"// n = {Count}: AUC A {check.AucA:R}, B {check.AucB:R}, z {check.Z:R}, p {check.P:R}");
    }

    /// <summary>From raw arrays: split by label, both placements (two sorts), covariance, z and p; as pROC's roc() ×2 + roc.test.</summary>
    [Benchmark(Baseline = true)]
    public AucDifference FromArrays() => DeLong.Compare(PairedBinaryScores.FromLabels(scoresA, scoresB, positive));

    /// <summary>The test alone on already split scores; as pROC's roc.test on prebuilt curves.</summary>
    [Benchmark]
    public AucDifference TestOnly() => DeLong.Compare(paired);
}
