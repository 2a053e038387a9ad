using RadAudit.Learning.Runtime.Compute;
using RadAudit.Testing;

namespace RadAudit.Learning.Tests.Compute;

/// <summary>Choosing the fastest correct configuration, and keeping the choice per machine.</summary>
public sealed class VerdictSearchTests
{
    private static readonly MachineIdentity Machine = new("Test CPU", true, false, "L1 1 B, L2 1 B, L3 1 B", "2.10.0 (package)", "0123456789abcdef");

    [Fact]
    public void Should_take_the_first_candidate_whose_cases_all_pass()
    {
        // Given a check that fails every channels-last case (as channels-last did on issue #16's VM)
        var tried = new List<string>();
        IReadOnlyList<CaseOutcome> Check(ComputeCandidate candidate)
        {
            tried.Add(candidate.Describe());
            return ReferenceCases.InUse(candidate, 64).Select(reference =>
                new CaseOutcome(reference.Name, !reference.Name.Contains("channels-last", StringComparison.Ordinal), null, [], [], 0)).ToArray();
        }

        // When the candidates are searched in order
        ComputeVerdict verdict = VerdictSearch.Run(Machine, ComputeCandidate.InOrder, Check, "test", DateTime.UnixEpoch);

        // Then the defaults fail (two DenseNets use channels-last) and the contiguous layout is chosen, nothing after it tried
        Assert.Equal(["defaults", "contiguous layout"], tried);
        Assert.Equal(new ComputeCandidate("contiguous", null), verdict.Chosen);
        Assert.False(verdict.Tried[0].Passed);
        Assert.Equal(2, verdict.Tried[0].Cases.Count(outcome => !outcome.Passed));
    }

    [Fact]
    public void Should_choose_nothing_when_every_candidate_fails_and_record_each()
    {
        ComputeVerdict verdict = VerdictSearch.Run(Machine, ComputeCandidate.InOrder,
            candidate => [CaseOutcome.Crashed("densenet-121 contiguous fp32 64 px", "the process died with SIGFPE (floating-point exception)")], "test", DateTime.UnixEpoch);

        Assert.Null(verdict.Chosen);
        Assert.Equal(ComputeCandidate.InOrder.Count, verdict.Tried.Count);
    }

    [Fact]
    public void Should_never_count_a_candidate_without_cases_as_passed()
    {
        ComputeVerdict verdict = VerdictSearch.Run(Machine, [ComputeCandidate.Default], candidate => [], "test", DateTime.UnixEpoch);

        Assert.Null(verdict.Chosen);
    }

    [Fact]
    public void Should_read_back_a_saved_verdict_and_treat_a_damaged_or_foreign_one_as_absent()
    {
        using var folder = new TemporaryFolder();
        string? before = Environment.GetEnvironmentVariable(ComputeVerdictCache.FolderVariable);
        Environment.SetEnvironmentVariable(ComputeVerdictCache.FolderVariable, folder.Path);
        try
        {
            // Given a verdict saved for the machine
            var verdict = new ComputeVerdict(Machine, new ComputeCandidate("contiguous", "AVX2"),
                [new CandidateOutcome(ComputeCandidate.Default, [new CaseOutcome("x", false, null, [new QuantityDisagreement("grad w", double.NaN, 4e-3)], [], 1)])],
                DateTime.UnixEpoch, "test");
            (string? path, string? problem) = ComputeVerdictCache.Write(verdict);
            Assert.Null(problem);

            // Then it reads back (NaN included), another machine's key finds nothing, and a damaged file is ignored
            ComputeVerdict? read = ComputeVerdictCache.Read(Machine);
            Assert.Equal(verdict.Chosen, read?.Chosen);
            Assert.True(double.IsNaN(read!.Tried[0].Cases[0].Worst[0].RelativeError));
            Assert.Null(ComputeVerdictCache.Read(Machine with { Key = "fedcba9876543210" }));
            File.WriteAllText(path!, "{ not json");
            Assert.Null(ComputeVerdictCache.Read(Machine));
        }
        finally
        {
            Environment.SetEnvironmentVariable(ComputeVerdictCache.FolderVariable, before);
        }
    }
}
