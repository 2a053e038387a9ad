using System.CommandLine;
using System.CommandLine.Parsing;
using RadAudit.Cli.Compute;
using RadAudit.Cli.Verbs;
using RadAudit.Cli.Verbs.Markers;
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
            // Every verb's text passes TerminalText: data never reaches the terminal as control sequences.
            Output = new TerminalWriter(output ?? Console.Out),
            Error = new TerminalWriter(error ?? Console.Error),
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
            if (RunsModels(parse) && parse.Action is not System.CommandLine.Help.HelpAction)
                ComputeSetup.Prepare(configuration.Error, checkIfNeeded: parse.CommandResult.Command.Name != "info");
            return parse.Invoke(configuration);
        });
    }

    /// <summary>Writes <paramref name="warning"/> as one <c>radaudit: warning:</c> line; nothing when it is null.</summary>
    internal static void Warn(TextWriter error, string? warning)
    {
        if (warning is not null) error.WriteLine($"radaudit: warning: {warning}");
    }

    /// <summary>
    /// Whether the parsed command builds a model and so needs this machine's compute configuration first (and, run
    /// from a terminal, the supervisor): the leaf command decides, so `markers train-detector` does and `markers eval`
    /// does not, and `markers detect` does when it runs the learned detector (the default).
    /// </summary>
    internal static bool RunsModels(ParseResult parse) => parse.CommandResult.Command.Name switch
    {
        "train" or "pretrain" or "predict" or "saliency" or "audit" or "audit-model" or "demo" or "info" or "train-detector" => true,
        "detect" => MarkersDetectCommand.RunsModel(parse),
        _ => false,
    };

    /// <summary>The command's words, e.g. <c>markers detect</c> (for messages).</summary>
    internal static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is CommandResult command && command.Parent is not null; result = command.Parent)
            names.Insert(0, command.Command.Name);
        return string.Join(' ', names);
    }

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
