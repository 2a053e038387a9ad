using RadAudit.Core;

namespace RadAudit.Cli.Options;

/// <summary>
/// Maps the settings library errors name (<see cref="Settings"/>) to this command line's options, so a library
/// message in its own words reaches the user with the option to change: <c>radaudit: --arch: architecture 'x' is
/// unknown; …</c>. Mentions of other settings inside the message (<see cref="Settings.Mention"/>) become options too.
/// </summary>
public static class OptionNames
{
    private static readonly Dictionary<string, string> Defaults = new(StringComparer.Ordinal)
    {
        [Settings.Data] = "--data",
        [Settings.Images] = "--images",
        [Settings.Boxes] = "--markers",
        [Settings.Condition] = "--variant",
        [Settings.Conditions] = "--conditions",
        [Settings.Architecture] = "--arch",
        [Settings.Seeds] = "--seeds",
        [Settings.Device] = "--device",
        [Settings.MemoryFormat] = "--memory-format",
        [Settings.Precision] = "--precision",
        [Settings.Output] = "--out",
        [Settings.Resume] = "--resume",
        [Settings.Pretrained] = "--pretrained",
        [Settings.Split] = "--split",
        [Settings.SaliencyMethod] = "--method",
        [Settings.LibTorch] = "--libtorch",
        [Settings.ImageSize] = "--image-size",
        [Settings.Shard] = "--shard",
        [Settings.SkipBad] = "--skip-bad",
        [Settings.DetectBoxes] = "--detect-markers",
        [Settings.Checkpoint] = "--checkpoint",
        [Settings.MaxPixels] = "--max-pixels",
        [Settings.Epochs] = "--epochs",
        [Settings.LearningRate] = "--lr",
        [Settings.GradientClip] = "--grad-clip",
        [Settings.Patience] = "--patience",
        [Settings.Model] = "--model",
        [Settings.Force] = "--force",
        [Settings.Port] = "--port",
        [Settings.BatchSize] = "--batch-size",
        [Settings.HoldoutFraction] = "--holdout-fraction",
        [Settings.SaliencyImages] = "--saliency-images",
        [Settings.Bootstrap] = "--bootstrap",
        [Settings.Head] = "--head",
        [Settings.Normalisation] = "--normalise",
        [Settings.InputChannels] = "--input-channels",
        [Settings.Threshold] = "--threshold",
    };

    // Where a verb spells a setting its own way.
    private static readonly Dictionary<(string Verb, string Setting), string> PerVerb = new()
    {
        [("audit", Settings.SaliencyMethod)] = "--saliency-method",
        [("audit", Settings.Condition)] = "--conditions",
        [("audit-model", Settings.SaliencyMethod)] = "--saliency-method",
        [("review", Settings.Boxes)] = "--boxes",
    };

    /// <summary>The option that sets <paramref name="setting"/> in <paramref name="verb"/>, or null (no single option).</summary>
    public static string? For(string setting, string verb) =>
        PerVerb.TryGetValue((verb, setting), out string? special) ? special : Defaults.GetValueOrDefault(setting);

    /// <summary>The one line a library error becomes in <paramref name="verb"/>: its option first, mentions translated.</summary>
    public static string Describe(RadAuditException problem, string verb)
    {
        string message = InOptions(problem.Message, verb);
        if (problem.Setting is not string named || For(named, verb) is not string flag || message.StartsWith(flag, StringComparison.Ordinal))
            return message;
        return $"{flag}: {message}";
    }

    /// <summary><paramref name="message"/> with each setting's mention ("the skip-bad setting") replaced by the option
    /// that sets it in <paramref name="verb"/> ("--skip-bad").</summary>
    public static string InOptions(string message, string verb)
    {
        foreach (string setting in Defaults.Keys)
            if (For(setting, verb) is string option)
                message = message.Replace(Settings.Mention(setting), option, StringComparison.Ordinal);
        return message;
    }
}
