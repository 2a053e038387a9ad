namespace RadAudit.Learning.Runtime.Compute;

/// <summary>Finds the fastest correct configuration: checks the candidates in order and takes the first whose
/// reference cases all pass. The check itself is passed in (a child process in the command line, a fake in tests).</summary>
public static class VerdictSearch
{
    /// <summary>Runs <paramref name="check"/> per candidate until one passes.</summary>
    public static ComputeVerdict Run(MachineIdentity machine, IReadOnlyList<ComputeCandidate> candidates,
        Func<ComputeCandidate, IReadOnlyList<CaseOutcome>> check, string radAuditVersion, DateTime now, Action<CandidateOutcome>? tried = null)
    {
        var outcomes = new List<CandidateOutcome>();
        foreach (ComputeCandidate candidate in candidates)
        {
            var outcome = new CandidateOutcome(candidate, check(candidate));
            outcomes.Add(outcome);
            tried?.Invoke(outcome);
            if (outcome.Passed) return new ComputeVerdict(machine, candidate, outcomes, now, radAuditVersion);
        }
        return new ComputeVerdict(machine, null, outcomes, now, radAuditVersion);
    }
}
