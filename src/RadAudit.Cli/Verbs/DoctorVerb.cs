using System.CommandLine;
using System.Text.Json;
using RadAudit.Cli.Compute;
using RadAudit.Core;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Runtime.Compute;

namespace RadAudit.Cli.Verbs;

/// <summary>
/// `radaudit doctor`: checks that libtorch computes right numbers on this machine — one training step of every
/// configuration RadAudit uses here, against the same step in float64, each in its own process (issue #16).
/// One line and exit 0 when everything agrees; otherwise what disagrees and by how much, a search for a
/// configuration that is right (saved for later runs), and exit 1.
/// </summary>
public static class DoctorVerb
{
    private static readonly Option<bool> AllOption = new("--all") { Description = "Check every architecture in both memory layouts and in fp32 and bf16, not only the configurations in use." };
    private static readonly Option<int> ImageSizeOption = new("--image-size") { Description = "Side of the random test images in pixels.", DefaultValueFactory = _ => 128 };
    private static readonly Option<string?> JsonOption = new("--json") { Description = "Also write every case's outcome to this JSON file." };
    private static readonly Option<string?> RunCasesOption = new(CaseProcessRunner.RunCasesOption) { Hidden = true };

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("doctor", "Check that libtorch computes right numbers on this machine: one training step of each configuration in use against float64.");
        foreach (Option option in new Option[] { AllOption, ImageSizeOption, JsonOption, RunCasesOption }) command.Options.Add(option);
        command.SetAction(parse => parse.GetValue(RunCasesOption) is string cases
            ? RunCases(cases, parse.InvocationConfiguration.Output)
            : Check(parse, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Check(ParseResult parse, TextWriter output, TextWriter error)
    {
        int size = parse.GetValue(ImageSizeOption);
        if (size < 32) throw new RadAuditException($"--image-size {size}: use at least 32 pixels.", exitCode: 2);
        ComputeSetup.Prepare(error);
        CacheRepairOutcome repair = ComputeRuntime.EnsureReady();
        MachineIdentity machine = MachineIdentity.Current(TorchRuntimeInfo.LibTorchIdentity());
        ComputeCandidate inUse = ComputeRuntime.Candidate;
        IReadOnlyList<ReferenceCase> cases = parse.GetValue(AllOption) ? ReferenceCases.All(size) : ReferenceCases.InUse(inUse, size);
        bool verbose = parse.GetValue(GlobalOptions.Verbose);
        IReadOnlyList<CaseOutcome> outcomes = CaseProcessRunner.Run(cases, inUse, outcome =>
        {
            if (verbose) output.WriteLine(DoctorReport.Line(outcome));
        });
        if (parse.GetValue(JsonOption) is string json)
            AtomicFile.WriteText(json, JsonSerializer.Serialize(new { machine, configuration = inUse, cache_repair = repair.Detail, cases = outcomes },
                new JsonSerializerOptions { WriteIndented = true }));
        if (outcomes.All(outcome => outcome.Passed))
        {
            output.WriteLine(DoctorReport.Summary(outcomes, machine, inUse, repair));
            return CommandLineApp.Success;
        }
        DoctorReport.Failures(output, outcomes, machine, inUse, repair);
        IReadOnlySet<string> used = ReferenceCases.InUse(inUse, size).Select(reference => reference.Name).ToHashSet();
        if (outcomes.Any(outcome => !outcome.Passed && used.Contains(outcome.Case)))
        {
            var remaining = ComputeCandidate.InOrder.SkipWhile(candidate => candidate != inUse).Skip(1).ToArray();
            ComputeSetup.Search(machine, remaining, error, "radaudit doctor");
        }
        return CommandLineApp.Failure;
    }

    // A child's work: each case in this process, one JSON line per case as soon as it is done.
    private static int RunCases(string list, TextWriter output)
    {
        if (!FaultInjection.SimulatedCheck) ComputeRuntime.EnsureReady();
        foreach (ReferenceCase reference in list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ReferenceCases.Parse))
        {
            CaseOutcome outcome = FaultInjection.FailsCheck(reference.Name)
                ? new CaseOutcome(reference.Name, false, null, [], [new QuantityDisagreement($"injected failure ({FaultInjection.FailingCheckVariable})", double.NaN, 0)], 0)
                : FaultInjection.SimulatedCheck
                    ? new CaseOutcome(reference.Name, true, null, [new QuantityDisagreement($"grad simulated ({FaultInjection.SimulatedCheckVariable})", 0, 1)], [], 0)
                    : CaseOutcome.From(ReferenceStepCheck.Run(reference));
            output.WriteLine(JsonSerializer.Serialize(outcome));
            output.Flush();
        }
        return CommandLineApp.Success;
    }
}
