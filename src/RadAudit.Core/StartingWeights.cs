namespace RadAudit.Core;

/// <summary>
/// What a model starts from, in words every layer shares: a weights file, or a built-in name for weights RadAudit
/// ships (made by RadAudit with a documented command, never downloaded; weights/README.md).
/// </summary>
public static class StartingWeights
{
    /// <summary>The prefix that names built-in weights instead of a file.</summary>
    public const string BuiltInPrefix = "builtin:";

    /// <summary>densenet-small at 128 px trained by <c>radaudit pretrain</c> to tell abnormal from normal on synthetic
    /// radiographs drawn without any burned-in label: it knows anatomy and findings, not the shortcut.</summary>
    public const string SyntheticAnatomy = BuiltInPrefix + "synthetic-anatomy";

    /// <summary>One phrase for a methods paragraph: how the models were initialised.</summary>
    public static string Describe(string? pretrained) => pretrained switch
    {
        null => "randomly initialised",
        SyntheticAnatomy => "initialised from RadAudit's built-in synthetic-anatomy weights, a densenet-small that `radaudit pretrain` " +
                            "trained to tell abnormal from normal on synthetic radiographs drawn without any burned-in label (so it knows " +
                            "anatomy but has never seen a label: our stand-in for the study's ImageNet start), classification head re-initialised",
        _ => $"initialised from the weights in {Path.GetFileName(pretrained)}, classification head re-initialised",
    };

    /// <summary>A few words for a configuration table.</summary>
    public static string Short(string? pretrained) => pretrained switch
    {
        null => "random init",
        SyntheticAnatomy => "built-in synthetic-anatomy weights",
        _ => "from " + Path.GetFileName(pretrained),
    };
}
