using System.CommandLine;
using RadAudit.Cli.Verbs.Markers;

namespace RadAudit.Cli.Verbs;

/// <summary>
/// `radaudit markers detect|eval|train-detector`: find burned-in labels, measure boxes against a reference, and train
/// the learned detector (one file per sub-verb under Verbs/Markers/).
/// </summary>
public static class MarkersVerb
{
    /// <summary>Builds the verb with its three sub-verbs.</summary>
    public static Command Create()
    {
        var command = new Command("markers", "Detect burned-in labels (laterality markers, technologist initials), evaluate label boxes, train the learned detector.");
        command.Subcommands.Add(MarkersDetectCommand.Create());
        command.Subcommands.Add(MarkersEvalCommand.Create());
        command.Subcommands.Add(TrainDetectorCommand.Create());
        return command;
    }
}
