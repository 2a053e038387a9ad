using System.CommandLine;

namespace RadAudit.Cli.Options;

/// <summary><c>--seed</c>, declared once: an integer of 0 or more; each verb says what it seeds and from which value.</summary>
public static class SeedOption
{
    /// <summary>A fresh <c>--seed</c> option.</summary>
    public static Option<int> Create(string description, int defaultValue = 1)
    {
        var option = new Option<int>("--seed") { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0) result.AddError("--seed: give 0 or more.");
        });
        return option;
    }
}
