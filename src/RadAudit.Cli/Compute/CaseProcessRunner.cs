using System.Diagnostics;
using System.Text.Json;
using RadAudit.Cli.Supervision;
using RadAudit.Learning.Runtime.Compute;

namespace RadAudit.Cli.Compute;

/// <summary>
/// Runs reference cases in child processes (<c>radaudit doctor --run-cases</c>), because a native crash (the SIGFPE
/// of issue #16) cannot be caught inside the process it kills. A child reports each case as one JSON line; when it
/// dies, the case it was in is recorded as crashed with the signal, and a new child takes the rest.
/// </summary>
internal static class CaseProcessRunner
{
    /// <summary>The hidden doctor option a child runs its cases with.</summary>
    public const string RunCasesOption = "--run-cases";

    private static readonly TimeSpan ChildTimeout = TimeSpan.FromMinutes(20);

    /// <summary>Runs <paramref name="cases"/> under <paramref name="candidate"/>'s instruction-set cap; one outcome per case, in order.</summary>
    public static IReadOnlyList<CaseOutcome> Run(IReadOnlyList<ReferenceCase> cases, ComputeCandidate candidate, Action<CaseOutcome>? finished = null)
    {
        var outcomes = new List<CaseOutcome>();
        var remaining = new Queue<ReferenceCase>(cases);
        while (remaining.Count > 0)
        {
            ProcessStartInfo start = SelfProcess.StartInfo(["doctor", RunCasesOption, string.Join(',', remaining.Select(ReferenceCases.Format))], redirect: true);
            if (candidate.MaxCpuIsa is string isa) start.Environment[ComputeRuntime.MaxCpuIsaVariable] = isa;
            using Process child = Process.Start(start) ?? throw new InvalidOperationException("could not start a radaudit child process");
            var gate = new Lock();
            child.OutputDataReceived += (_, line) =>
            {
                if (line.Data is not { } text || !text.StartsWith('{')) return;
                lock (gate)
                {
                    if (remaining.Count == 0) return;
                    remaining.Dequeue();
                    CaseOutcome outcome = JsonSerializer.Deserialize<CaseOutcome>(text)!;
                    outcomes.Add(outcome);
                    finished?.Invoke(outcome);
                }
            };
            child.BeginOutputReadLine();
            Task<string> errors = child.StandardError.ReadToEndAsync();
            bool timedOut = !child.WaitForExit(ChildTimeout);
            if (timedOut) child.Kill(entireProcessTree: true);
            child.WaitForExit();
            lock (gate)
            {
                if (remaining.Count == 0) break;
                string reason = timedOut ? $"the check did not finish within {ChildTimeout.TotalMinutes:0} minutes" : Reason(child, errors.Result);
                CaseOutcome crashed = CaseOutcome.Crashed(remaining.Dequeue().Name, reason);
                outcomes.Add(crashed);
                finished?.Invoke(crashed);
            }
        }
        return outcomes;
    }

    private static string Reason(Process child, string errors)
    {
        string lastError = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
        return NativeCrash.SignalOf(child.ExitCode) is int signal
            ? $"the process died with {NativeCrash.Describe(signal)}"
            : $"the check stopped (exit {child.ExitCode}){(lastError.Length > 0 ? ": " + lastError : "")}";
    }
}
