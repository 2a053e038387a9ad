using System.CommandLine;
using RadAudit.Audit;
using RadAudit.Audit.Planning;
using RadAudit.Audit.RunFolder;
using RadAudit.Cli.Supervision;
using RadAudit.Learning.Runtime;
using RadAudit.Reporting.Results;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit audit`: the whole shortcut study on the user's data (see docs/report.md for the outputs).</summary>
public static class AuditVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var options = new AuditOptions();
        var command = new Command("audit",
            "Train on original, label-covered, labels-only and random-cover inputs, compare AUCs (paired DeLong), measure " +
            "Grad-CAM attention on the labels, and write results.json and report.html.");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            TextWriter output = parse.InvocationConfiguration.Output;
            AuditSettings settings = options.Read(parse);
            CommandLineApp.Warn(parse.InvocationConfiguration.Error, BFloat16Hardware.Warning(settings.Training.Precision, settings.Training.Device));
            AuditPlan plan = options.Planning.ReadPlan(parse);
            AuditMode mode = options.Planning.ReadMode(parse);
            if (mode.Kind == AuditModeKind.Plan)
            {
                AuditPlanPrinter.Print(output, plan, new AuditRunFolder(settings.OutFolder), mode.Shard.Count);
                return CommandLineApp.Success;
            }
            AuditInput input = options.OpenInput(parse);
            AuditResults? results = CliProgress.Run(output, progress => ShortcutAudit.Run(input, settings, plan, mode, output, progress, Supervisor.Hooks()));
            if (results is not null) AuditSummaryPrinter.Print(output, results, settings.OutFolder);
            return CommandLineApp.Success;
        });
        return command;
    }
}
