// Timed run of RadAudit's paired DeLong test on the data set bench/peer/proc_paired_delong.R writes, reporting
// wall-clock and CPU time (CPU time is robust when the machine is shared). Run from the repository root:
//   dotnet run -c Release bench/peer/paired_delong_timing.cs -- [n] [repeats]
#:project ../../src/RadAudit.Stats/RadAudit.Stats.csproj
using System.Diagnostics;
using System.Globalization;
using RadAudit.Stats;
using RadAudit.Stats.Roc;

int count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
int repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
string csv = Path.Combine(Environment.GetEnvironmentVariable("TMPDIR") ?? "/tmp", "radaudit-bench", $"paired_{count}.csv");
if (!File.Exists(csv))
{
    Console.Error.WriteLine($"Run 'Rscript bench/peer/proc_paired_delong.R {count}' first; it writes {csv}.");
    return 1;
}
string[][] rows = File.ReadLines(csv).Skip(1).Select(line => line.Split(',')).ToArray();
bool[] positive = rows.Select(row => row[0] == "1").ToArray();
double[] scoresA = rows.Select(row => double.Parse(row[1], CultureInfo.InvariantCulture)).ToArray();
double[] scoresB = rows.Select(row => double.Parse(row[2], CultureInfo.InvariantCulture)).ToArray();

AucDifference result = DeLong.Compare(PairedBinaryScores.FromLabels(scoresA, scoresB, positive)); // warm-up (JIT)
double bestWall = double.MaxValue, bestCpu = double.MaxValue;
for (int repeat = 0; repeat < repeats; repeat++)
{
    TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    result = DeLong.Compare(PairedBinaryScores.FromLabels(scoresA, scoresB, positive));
    wall.Stop();
    double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    bestWall = Math.Min(bestWall, wall.Elapsed.TotalSeconds);
    bestCpu = Math.Min(bestCpu, cpu);
}
Console.WriteLine($"RadAudit paired DeLong, n = {positive.Length} ({positive.Count(p => p)} cases), best of {repeats}: " +
    $"wall {bestWall:F3} s, cpu {bestCpu:F3} s");
Console.WriteLine($"z = {result.Z:R}, p = {result.P:R}, auc_a = {result.AucA:R}, auc_b = {result.AucB:R}");
return 0;
