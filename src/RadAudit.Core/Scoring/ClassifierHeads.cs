namespace RadAudit.Core.Scoring;

/// <summary>
/// How an abnormality logit is read from a classifier's outputs: <c>logit</c>, one output that is the logit (what
/// RadAudit trains); <c>softmax2</c>, two class logits [normal, abnormal] whose softmax gives the probabilities, so
/// the abnormality logit is l₁ − l₀ (σ(l₁ − l₀) = softmax(l)₁ exactly).
/// </summary>
public static class ClassifierHeads
{
    /// <summary>One output, the abnormality logit.</summary>
    public const string Logit = "logit";

    /// <summary>Two outputs, class logits [normal, abnormal]; abnormal = class 1.</summary>
    public const string Softmax2 = "softmax2";

    /// <summary>Every accepted name.</summary>
    public static IReadOnlyList<string> Names { get; } = [Logit, Softmax2];

    /// <summary>The head for a classifier with <paramref name="outputs"/> outputs, or null when neither fits.</summary>
    public static string? ForOutputs(long outputs) => outputs switch
    {
        1 => Logit,
        2 => Softmax2,
        _ => null,
    };

    /// <summary>The number of outputs <paramref name="head"/> reads.</summary>
    public static int Outputs(string head) => Parse(head) == Softmax2 ? 2 : 1;

    /// <summary>Parses a head name.</summary>
    /// <exception cref="RadAuditException">It is neither.</exception>
    public static string Parse(string head) => head.Trim().ToLowerInvariant() switch
    {
        Logit => Logit,
        Softmax2 => Softmax2,
        _ => throw new RadAuditException($"head '{head}' is unknown; use logit (one output) or softmax2 (two class logits, abnormal = class 1).",
            exitCode: 2, setting: Settings.Head),
    };

    /// <summary>The abnormality logits of <paramref name="count"/> images from their outputs (count × outputs values).</summary>
    public static float[] AbnormalLogits(string head, ReadOnlySpan<float> outputs, int count)
    {
        int width = Outputs(head);
        if (outputs.Length != count * width)
            throw new ArgumentException($"Expected {count} x {width} outputs for head {head}, got {outputs.Length}.", nameof(outputs));
        var logits = new float[count];
        for (int i = 0; i < count; i++)
            logits[i] = width == 1 ? outputs[i] : outputs[2 * i + 1] - outputs[2 * i];
        return logits;
    }
}
