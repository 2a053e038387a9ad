using System.CommandLine;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit demo`: the whole audit on built-in synthetic data (see docs/ and README).</summary>
public static class DemoVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("demo", "Generate a synthetic radiograph set with planted label confounders and run the full shortcut audit on it.");
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine("radaudit demo will: generate synthetic MURA-like radiographs with burned-in labels correlated with the diagnosis,");
            output.WriteLine("train a compact DenseNet on original, label-covered, labels-only and random-cover inputs, compare their AUCs");
            output.WriteLine("(paired DeLong), measure Grad-CAM attention on the labels, and write report.html. Not implemented yet.");
            return CommandLineApp.Success;
        });
        return command;
    }
}
