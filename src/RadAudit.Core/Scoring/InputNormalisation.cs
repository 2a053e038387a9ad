using System.Globalization;

namespace RadAudit.Core.Scoring;

/// <summary>
/// Maps [0, 1] pixels to a model's inputs per channel: <c>x = (v − Mean[c]) / Std[c]</c>, with one (mean, std) pair
/// for every channel or one shared by all. Named forms: <c>radaudit</c> (0.449 / 0.226 on every channel, what RadAudit
/// trains with; docs/data-contract.md), <c>imagenet</c> (torchvision's per-channel ImageNet statistics), <c>unit</c>
/// (no change), <c>symmetric</c> ((v − 0.5) / 0.5); or explicit <c>MEAN[,MEAN,MEAN]/STD[,STD,STD]</c>.
/// </summary>
/// <param name="Name">The name it was given by (a named form, or the explicit text).</param>
/// <param name="Mean">Means, one per channel or one for all.</param>
/// <param name="Std">Standard deviations (positive), one per channel or one for all.</param>
public sealed record InputNormalisation(string Name, IReadOnlyList<float> Mean, IReadOnlyList<float> Std)
{
    /// <summary>RadAudit's own: 0.449 / 0.226 (ImageNet's statistics averaged over R, G, B).</summary>
    public static InputNormalisation RadAudit { get; } = new("radaudit", [0.449f], [0.226f]);

    /// <summary>torchvision's ImageNet statistics: means 0.485, 0.456, 0.406; stds 0.229, 0.224, 0.225.</summary>
    public static InputNormalisation ImageNet { get; } = new("imagenet", [0.485f, 0.456f, 0.406f], [0.229f, 0.224f, 0.225f]);

    /// <summary>No change: inputs are the [0, 1] pixels.</summary>
    public static InputNormalisation Unit { get; } = new("unit", [0f], [1f]);

    /// <summary>(v − 0.5) / 0.5, i.e. [−1, 1].</summary>
    public static InputNormalisation Symmetric { get; } = new("symmetric", [0.5f], [0.5f]);

    /// <summary>The named forms.</summary>
    public static IReadOnlyList<InputNormalisation> Named { get; } = [RadAudit, ImageNet, Unit, Symmetric];

    /// <summary>Parses a named form or <c>MEAN[,…]/STD[,…]</c>.</summary>
    /// <exception cref="RadAuditException">The text is neither.</exception>
    public static InputNormalisation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        if (Named.FirstOrDefault(named => string.Equals(named.Name, trimmed, StringComparison.OrdinalIgnoreCase)) is { } known)
            return known;
        string[] parts = trimmed.Split('/');
        if (parts.Length == 2 && Numbers(parts[0]) is { } mean && Numbers(parts[1]) is { } std && std.All(value => value > 0)
            && (mean.Length == std.Length || mean.Length == 1 || std.Length == 1))
            return new InputNormalisation(trimmed, mean, std);
        throw new RadAuditException(
            $"normalisation '{text}' is not understood; use {string.Join(", ", Named.Select(named => named.Name))}, " +
            "or MEAN/STD with one value or one per channel, e.g. 0.485,0.456,0.406/0.229,0.224,0.225.", exitCode: 2, setting: Settings.Normalisation);
    }

    /// <summary>The mean of channel <paramref name="channel"/>.</summary>
    public float MeanOf(int channel) => Mean.Count == 1 ? Mean[0] : Mean[channel];

    /// <summary>The std of channel <paramref name="channel"/>.</summary>
    public float StdOf(int channel) => Std.Count == 1 ? Std[0] : Std[channel];

    /// <summary>Whether it has a value for each of <paramref name="channels"/> channels.</summary>
    public bool Fits(int channels) => (Mean.Count == 1 || Mean.Count == channels) && (Std.Count == 1 || Std.Count == channels);

    /// <summary>Writes channel <paramref name="channel"/>'s normalised <paramref name="source"/> into <paramref name="target"/>.</summary>
    /// <remarks>Multiplies by 1 / std, as the training loader does, so a RadAudit model scores bit for bit as in training.</remarks>
    public void Apply(ReadOnlySpan<float> source, Span<float> target, int channel)
    {
        float mean = MeanOf(channel), inverse = 1f / StdOf(channel);
        for (int i = 0; i < source.Length; i++) target[i] = (source[i] - mean) * inverse;
    }

    /// <inheritdoc />
    public override string ToString() => Named.Contains(this) ? Name : $"{Join(Mean)}/{Join(Std)}";

    private static string Join(IReadOnlyList<float> values) => string.Join(",", values.Select(value => value.ToString("0.####", CultureInfo.InvariantCulture)));

    private static float[]? Numbers(string list)
    {
        string[] cells = list.Split(',');
        var values = new float[cells.Length];
        for (int i = 0; i < cells.Length; i++)
            if (!float.TryParse(cells[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !float.IsFinite(values[i]))
                return null;
        return values;
    }
}
