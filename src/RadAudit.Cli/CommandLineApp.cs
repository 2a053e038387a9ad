using System.CommandLine;
using RadAudit.Cli.Compute;
using RadAudit.Cli.Verbs;
using RadAudit.Learning.Runtime;

namespace RadAudit.Cli;

/// <summary>The `radaudit` command tree: one file per verb under Verbs/, registered here.</summary>
public static class CommandLineApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for a failure (bad data, failed run).</summary>
    public const int Failure = 1;

    /// <summary>Exit code for a usage error (unknown option, bad value).</summary>
    public const int Usage = 2;

    /// <summary>Builds the root command with every verb.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "RadAudit: train radiograph abnormality classifiers and audit them for shortcut learning from burned-in labels.");
        root.Options.Add(GlobalOptions.Verbose);
        root.Options.Add(GlobalOptions.LibTorch);
        foreach (Command verb in Verbs())
            root.Subcommands.Add(verb);
        return root;
    }

    /// <summary>Parses and runs; returns the process exit code (0 success, 1 failure, 2 usage).</summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        RootCommand root = Build();
        ParseResult parse = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
                configuration.Error.WriteLine($"radaudit: {problem.Message}");
            configuration.Error.WriteLine("Run 'radaudit --help' for usage.");
            return Usage;
        }
        return VerbRunner.Guard(parse, configuration.Error, () =>
        {
            // Before any verb touches TorchSharp: an explicit --libtorch, else RADAUDIT_LIBTORCH, else the packaged one.
            LibTorchLocator.PreloadIfConfigured(parse.GetValue(GlobalOptions.LibTorch));
            Warn(configuration.Error, LibTorchLocator.CompatibilityWarning());
            // Before libtorch loads: the configuration that computes right numbers on this machine (issue #16).
            string verb = parse.CommandResult.Command.Name;
            if (RunsModels(verb) && parse.Action is not System.CommandLine.Help.HelpAction)
                ComputeSetup.Prepare(configuration.Error, checkIfNeeded: verb != "info");
            return parse.Invoke(configuration);
        });
    }

    /// <summary>Writes <paramref name="warning"/> as one <c>radaudit: warning:</c> line; nothing when it is null.</summary>
    internal static void Warn(TextWriter error, string? warning)
    {
        if (warning is not null) error.WriteLine($"radaudit: warning: {warning}");
    }

    /// <summary>Verbs that build a model and so need this machine's compute configuration first.</summary>
    internal static bool RunsModels(string verb) => verb is "train" or "pretrain" or "predict" or "saliency" or "audit" or "audit-model" or "demo" or "info";

    private static IEnumerable<Command> Verbs() =>
    [
        AuditVerb.Create(),
        AuditModelVerb.Create(),
        CompareVerb.Create(),
        DataVerb.Create(),
        DemoVerb.Create(),
        DoctorVerb.Create(),
        EvaluateVerb.Create(),
        InfoVerb.Create(),
        MarkersVerb.Create(),
        MaskVerb.Create(),
        PredictVerb.Create(),
        PretrainVerb.Create(),
        ReviewVerb.Create(),
        SaliencyVerb.Create(),
        SynthVerb.Create(),
        TrainVerb.Create(),
    ];
}
