using System.Text.Json.Serialization;

namespace RadAudit.Reporting.Results;

/// <summary>A two-sided 95% confidence interval, written to JSON as <c>[lower, upper]</c>.</summary>
/// <param name="Lower">Lower bound (NaN when unknown).</param>
/// <param name="Upper">Upper bound (NaN when unknown).</param>
[JsonConverter(typeof(ConfidenceIntervalJsonConverter))]
public sealed record ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>An interval whose bounds are unknown.</summary>
    public static ConfidenceInterval Unknown { get; } = new(double.NaN, double.NaN);

    /// <summary>True when both bounds are finite numbers.</summary>
    public bool IsKnown => double.IsFinite(Lower) && double.IsFinite(Upper);

    /// <summary>True when the interval is known and contains <paramref name="value"/> (bounds included).</summary>
    public bool Contains(double value) => IsKnown && Lower <= value && value <= Upper;
}
