using System.CommandLine;

namespace RadAudit.Cli.Options;

/// <summary><c>--out</c>, declared once: required, and a path that is not blank. Each verb says what it writes there.</summary>
public static class OutputOption
{
    /// <summary>A fresh <c>--out</c> option described by <paramref name="description"/>.</summary>
    public static Option<string> Create(string description)
    {
        var option = new Option<string>("--out") { Description = description, Required = true };
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>())) result.AddError("--out: give a path.");
        });
        return option;
    }
}
