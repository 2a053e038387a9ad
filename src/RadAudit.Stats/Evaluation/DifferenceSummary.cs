using System.Text.Json.Serialization;
using RadAudit.Stats.Bootstrap;
using RadAudit.Stats.Roc;

namespace RadAudit.Stats.Evaluation;

/// <summary>The paired comparison θA − θB as `radaudit compare` writes it under "difference".</summary>
/// <param name="Test">The paired DeLong test.</param>
/// <param name="Bootstrap">The paired stratified bootstrap interval, or null when skipped.</param>
public sealed record DifferenceSummary(
    [property: JsonIgnore] AucDifference Test,
    [property: JsonIgnore] BootstrapInterval? Bootstrap)
{
    /// <summary>θA − θB.</summary>
    [JsonPropertyName("auc"), JsonPropertyOrder(1)] public double Auc => Test.Difference;

    /// <summary>DeLong confidence interval of the difference.</summary>
    [JsonPropertyName("ci95"), JsonPropertyOrder(2)] public double[] Ci95 => [Test.Lower, Test.Upper];

    /// <summary>Paired DeLong z.</summary>
    [JsonPropertyName("z"), JsonPropertyOrder(3)] public double Z => Test.Z;

    /// <summary>Two-sided p-value.</summary>
    [JsonPropertyName("p"), JsonPropertyOrder(4)] public double P => Test.P;

    /// <summary>Standard error of the difference.</summary>
    [JsonPropertyName("se"), JsonPropertyOrder(5)] public double StandardError => Test.StandardError;

    /// <summary>Paired bootstrap interval of the difference, or null when skipped.</summary>
    [JsonPropertyName("ci95_bootstrap"), JsonPropertyOrder(6)]
    public double[]? Ci95Bootstrap => Bootstrap is null ? null : [Bootstrap.Lower, Bootstrap.Upper];

    /// <summary>Why the comparison is undefined, or null (omitted).</summary>
    [JsonPropertyName("note"), JsonPropertyOrder(7), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note => Test.UndefinedReason;
}
