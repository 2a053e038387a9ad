using RadAudit.Learning.Runtime.Compute;

namespace RadAudit.Cli.Compute;

/// <summary>What `radaudit doctor` prints: one line when all is well, a list of what disagrees otherwise.</summary>
internal static class DoctorReport
{
    /// <summary>"densenet-121 channels-last fp32 128 px: ok (gradients 7.9e-05 …) 3.1 s".</summary>
    public static string Line(CaseOutcome outcome)
    {
        string state = outcome.Passed ? "ok" : outcome.Crash is null ? "DISAGREES" : "CRASHED";
        string detail = outcome.Crash ?? string.Join("; ", outcome.Passed ? outcome.Worst : outcome.Failures.Take(3));
        return $"  {outcome.Case}: {state}: {detail}{(outcome.Seconds > 0 ? $" ({outcome.Seconds:0.0} s)" : "")}";
    }

    /// <summary>The one-line summary of a machine where every case agrees.</summary>
    public static string Summary(IReadOnlyList<CaseOutcome> outcomes, MachineIdentity machine, ComputeCandidate inUse, CacheRepairOutcome repair) =>
        $"radaudit doctor: OK: {outcomes.Count} of {outcomes.Count} configurations agree with float64 " +
        $"(worst: {WorstGradient(outcomes)}) on {machine.Describe()}, libtorch {machine.LibTorch}; using {inUse.Describe()}{RepairNote(repair)}.";

    /// <summary>The list printed when something disagrees or crashed.</summary>
    public static void Failures(TextWriter output, IReadOnlyList<CaseOutcome> outcomes, MachineIdentity machine, ComputeCandidate inUse, CacheRepairOutcome repair)
    {
        int failed = outcomes.Count(outcome => !outcome.Passed);
        output.WriteLine($"radaudit doctor: FAILED: {failed} of {outcomes.Count} configurations do not agree with float64 on {machine.Describe()}, " +
            $"libtorch {machine.LibTorch}; using {inUse.Describe()}{RepairNote(repair)}.");
        foreach (CaseOutcome outcome in outcomes.Where(outcome => !outcome.Passed))
        {
            output.WriteLine(Line(outcome));
            foreach (QuantityDisagreement failure in outcome.Failures.Skip(3)) output.WriteLine($"      {failure}");
        }
        output.WriteLine($"  ({outcomes.Count - failed} agree; run with --verbose to see every case.)");
    }

    private static string RepairNote(CacheRepairOutcome repair) => repair.Status switch
    {
        CacheRepairStatus.Applied => $"; {repair.Detail}",
        CacheRepairStatus.Unavailable => $"; {repair.Detail}",
        _ => "",
    };

    private static string WorstGradient(IReadOnlyList<CaseOutcome> outcomes) =>
        outcomes.SelectMany(outcome => outcome.Worst.Where(worst => worst.Quantity.StartsWith("grad", StringComparison.Ordinal)).Select(worst => (outcome.Case, worst)))
            .MaxBy(pair => pair.worst.Severity) is var (name, worst) && worst is not null ? $"{worst} in {name}" : "n/a";
}
