using RadAudit.Validity;

// `summarize RUNS OUT [--with PART.csv]…`: reads RUNS/c{strength}/s{seed}/results.json made by bench/validity/sweep.sh,
// pools them with the summaries of earlier, disjoint parts of the sweep (their validity-sweep.csv) and writes the
// table, CSVs and plot of docs/validity.md into OUT.
if (args.Length < 3 || args[0] != "summarize" || (args.Length - 3) % 2 != 0 || args.Skip(3).Where((_, index) => index % 2 == 0).Any(flag => flag != "--with"))
{
    Console.Error.WriteLine("usage: RadAudit.Validity summarize RUNS OUT [--with EARLIER-PART.csv]…");
    return 2;
}
var runs = SweepRun.ReadAll(args[1]);
var earlier = new List<IReadOnlyList<SweepRow>>();
try
{
    for (int index = 4; index < args.Length; index += 2) earlier.Add(SweepSummary.ReadCsv(args[index]));
}
catch (Exception error) when (error is FormatException or IOException)
{
    Console.Error.WriteLine(error.Message);
    return 1;
}
if (runs.Count == 0 && earlier.Count == 0)
{
    Console.Error.WriteLine($"no results.json under {args[1]}/c*/s*/: run bench/validity/sweep.sh first");
    return 1;
}
var parts = new List<IReadOnlyList<SweepRow>>(earlier);
if (runs.Count > 0) parts.Add(SweepSummary.Rows(runs));
var rows = SweepSummary.Pool(parts);
SweepSummary.Write(args[2], rows, runs);
Console.Write(SweepSummary.Markdown(rows));
Console.WriteLine($"{runs.Count} runs from {args[1]}, {earlier.Count} earlier part(s); wrote {Path.GetFullPath(args[2])}/validity-sweep.{{md,csv,svg}}" +
    (runs.Count > 0 ? " and validity-runs.csv" : ""));
return 0;
