using System.CommandLine;

namespace RadAudit.Cli.Options;

/// <summary>A trained model to use: <c>--model RUN</c> and <c>--checkpoint best|last</c>.</summary>
public sealed class ModelOptions
{
    /// <summary>The options; <paramref name="description"/> says what <c>--model</c> may name in the verb.</summary>
    public ModelOptions(string description = "Run folder written by radaudit train.")
    {
        Model = new Option<string>("--model") { Description = description, Required = true };
    }

    /// <summary>--model: a run folder written by radaudit train (or, where the verb says so, a model file).</summary>
    public Option<string> Model { get; }

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
