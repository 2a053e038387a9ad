using RadAudit.Validity;

// `summarize RUNS OUT`: reads RUNS/c{strength}/s{seed}/results.json made by bench/validity/sweep.sh and writes the
// table, CSV and plot of docs/validity.md into OUT.
if (args.Length != 3 || args[0] != "summarize")
{
    Console.Error.WriteLine("usage: RadAudit.Validity summarize RUNS OUT");
    return 2;
}
var runs = SweepRun.ReadAll(args[1]);
if (runs.Count == 0)
{
    Console.Error.WriteLine($"no results.json under {args[1]}/c*/s*/: run bench/validity/sweep.sh first");
    return 1;
}
var rows = SweepSummary.Rows(runs);
SweepSummary.Write(args[2], rows);
Console.Write(SweepSummary.Markdown(rows));
Console.WriteLine($"{runs.Count} runs; wrote {Path.GetFullPath(args[2])}/validity-sweep.{{md,csv,svg}}");
return 0;
