using System.Text.Json.Serialization;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>How far one computed quantity lies from its float64 reference.</summary>
/// <param name="Quantity">"logits", "loss", a parameter's gradient ("grad features.conv0.weight") or a batch-norm
/// statistic ("features.norm0.running_var").</param>
/// <param name="RelativeError">‖computed − reference‖₂ / ‖reference‖₂ (NaN or infinity when the computed value is).</param>
/// <param name="Tolerance">The largest relative error float rounding explains for this quantity.</param>
public sealed record QuantityDisagreement(
    [property: JsonPropertyName("quantity")] string Quantity,
    [property: JsonPropertyName("relative_error"), JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double RelativeError,
    [property: JsonPropertyName("tolerance")] double Tolerance)
{
    /// <summary>Within tolerance (false for NaN).</summary>
    [JsonIgnore]
    public bool Agrees => RelativeError <= Tolerance;

    /// <summary>How many tolerances away (infinite for NaN), to rank disagreements.</summary>
    [JsonIgnore]
    public double Severity => double.IsNaN(RelativeError) ? double.PositiveInfinity : RelativeError / Tolerance;

    /// <summary>"grad features.conv0.weight: 5.0e-01 (tolerance 2.0e-03)".</summary>
    public override string ToString() => $"{Quantity}: {RelativeError:0.0e+00} (tolerance {Tolerance:0.0e+00})";
}
