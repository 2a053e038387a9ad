using RadAudit.Core;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Runtime.Compute;

namespace RadAudit.Cli.Compute;

/// <summary>
/// Chooses the compute configuration of this machine before a verb loads libtorch (issue #16): the cached verdict
/// when there is one; else, where oneDNN cannot see the CPU's cache sizes, the float64 check run now in child
/// processes (then cached); else the defaults, which is all that happens on a healthy machine.
/// </summary>
internal static class ComputeSetup
{
    /// <summary>Set to "off" to skip verdicts and checks (the defaults run unverified).</summary>
    public const string SwitchVariable = "RADAUDIT_COMPUTE_CHECK";

    /// <summary>Adopts this machine's configuration; may run the check (about a minute, once per machine).</summary>
    /// <exception cref="RadAuditException">No configuration computes right numbers here.</exception>
    /// <param name="error">Where the check reports.</param>
    /// <param name="checkIfNeeded">Run the check where one is needed and no verdict is cached (false for `info`,
    /// which only reports).</param>
    public static void Prepare(TextWriter error, bool checkIfNeeded = true)
    {
        if (Environment.GetEnvironmentVariable(SwitchVariable) == "off")
        {
            ComputeRuntime.Use(ComputeCandidate.Default, $"defaults, unverified ({SwitchVariable}=off)");
            return;
        }
        MachineIdentity machine = MachineIdentity.Current(TorchRuntimeInfo.LibTorchIdentity());
        ComputeVerdict? verdict = ComputeVerdictCache.Read(machine);
        bool hidden = CacheSizesHidden();
        if (verdict is null && hidden && checkIfNeeded) verdict = Search(machine, ComputeCandidate.InOrder, error, "the automatic check");
        if (verdict is null && hidden)
        {
            ComputeRuntime.Use(ComputeCandidate.Default, "defaults: not checked on this machine yet (the first training checks, or run `radaudit doctor`)");
            return;
        }
        if (verdict is null)
        {
            ComputeRuntime.Use(ComputeCandidate.Default, "defaults: oneDNN sees this CPU's cache sizes (not checked; `radaudit doctor` checks)");
            return;
        }
        Adopt(verdict, machine);
    }

    /// <summary>Whether oneDNN will size its kernels from impossible caches here (or a test says so).</summary>
    public static bool CacheSizesHidden() => FaultInjection.CacheSizesUnknown ?? XbyakCacheView.Predict(HardwareCpuid.Instance).IsUnusable;

    /// <summary>Checks <paramref name="candidates"/> in order (each case in a child process), saves the verdict and
    /// reports each candidate on <paramref name="error"/>.</summary>
    public static ComputeVerdict Search(MachineIdentity machine, IReadOnlyList<ComputeCandidate> candidates, TextWriter error, string what)
    {
        error.WriteLine($"radaudit: {(FaultInjection.CacheSizesUnknown is true ? "(injected) " : "")}oneDNN cannot see this CPU's cache sizes " +
            $"({machine.OneDnnCaches}); {what} compares libtorch with float64 once for this machine (about a minute).");
        ComputeVerdict verdict = VerdictSearch.Run(machine, candidates,
            candidate => CaseProcessRunner.Run(ReferenceCases.InUse(candidate, ReferenceCases.ProbeImageSize), candidate),
            RadAuditVersion.Current, DateTime.UtcNow,
            tried => error.WriteLine($"radaudit: {tried.Candidate.Describe()}: {tried.Cases.Count(outcome => outcome.Passed)} of {tried.Cases.Count} " +
                $"architectures agree with float64{FirstProblem(tried)}"));
        (string? path, string? problem) = ComputeVerdictCache.Write(verdict);
        if (problem is not null) CommandLineApp.Warn(error, $"the verdict could not be saved: {problem}");
        error.WriteLine(verdict.Chosen is ComputeCandidate chosen
            ? $"radaudit: using {chosen.Describe()} on this machine{(path is null ? "" : $" (saved to {path})")}."
            : "radaudit: no configuration computed right numbers on this machine.");
        return verdict;
    }

    private static void Adopt(ComputeVerdict verdict, MachineIdentity machine)
    {
        string path = ComputeVerdictCache.PathFor(machine);
        if (verdict.Chosen is not ComputeCandidate chosen)
            throw new RadAuditException(
                $"no configuration of libtorch computed correct numbers on this machine ({machine.Describe()}; details in {path}). " +
                $"Run `radaudit doctor` to see what disagrees; to run anyway, unverified, set {SwitchVariable}=off.");
        ComputeRuntime.Use(chosen, $"verdict of {verdict.CreatedUtc:yyyy-MM-dd} ({path})");
    }

    private static string FirstProblem(CandidateOutcome tried) =>
        tried.Cases.FirstOrDefault(outcome => !outcome.Passed) is CaseOutcome failed
            ? $"; {failed.Case}: {failed.Crash ?? failed.Failures.FirstOrDefault()?.ToString() ?? "failed"}"
            : "";
}
