using System.CommandLine;

namespace RadAudit.Cli.Options;

/// <summary>A trained model to use: <c>--model RUN</c> and <c>--checkpoint best|last</c>.</summary>
public sealed class ModelOptions
{
    /// <summary>--model: a run folder written by radaudit train.</summary>
    public Option<string> Model { get; } = new("--model") { Description = "Run folder written by radaudit train.", Required = true };

    /// <summary>--checkpoint best|last.</summary>
    public Option<string> Checkpoint { get; } = new Option<string>("--checkpoint")
    {
        Description = "Which weights: best (lowest selection loss) or last.",
        DefaultValueFactory = _ => "best",
    }.AcceptOnlyFromAmong("best", "last");

    /// <summary>Adds both to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Model);
        command.Options.Add(Checkpoint);
    }
}
