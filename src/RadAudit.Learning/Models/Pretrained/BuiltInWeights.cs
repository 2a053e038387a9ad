using RadAudit.Core;

namespace RadAudit.Learning.Models.Pretrained;

/// <summary>
/// Weights RadAudit ships (issue #21): made by RadAudit itself with a documented command, never downloaded.
/// <c>--pretrained builtin:synthetic-anatomy</c> names them.
/// </summary>
public static class BuiltInWeights
{
    /// <summary>densenet-small at 128 px, trained by <c>radaudit pretrain</c> to tell abnormal from normal on
    /// synthetic radiographs drawn without any burned-in label (weights/README.md): it knows anatomy, not the shortcut.</summary>
    public const string SyntheticAnatomy = StartingWeights.SyntheticAnatomy;

    /// <summary>The architecture the synthetic-anatomy weights fit.</summary>
    public const string SyntheticAnatomyArchitecture = "densenet-small";

    /// <summary>The file name the weights are shipped under (in weights/ beside the program).</summary>
    public const string SyntheticAnatomyFile = "densenet-small-synthetic-anatomy-128.safetensors";

    /// <summary>The shipped file of <see cref="SyntheticAnatomy"/>.</summary>
    public static string SyntheticAnatomyPath => Path.Combine(AppContext.BaseDirectory, "weights", SyntheticAnatomyFile);

    /// <summary>The file <paramref name="pretrained"/> stands for: a built-in name's shipped file, or the path as given.</summary>
    public static string Resolve(string pretrained) => pretrained == SyntheticAnatomy ? SyntheticAnatomyPath : pretrained;

    /// <summary>Whether <paramref name="pretrained"/> names built-in weights.</summary>
    public static bool IsBuiltIn(string? pretrained) => pretrained is not null && pretrained.StartsWith(StartingWeights.BuiltInPrefix, StringComparison.Ordinal);
}
