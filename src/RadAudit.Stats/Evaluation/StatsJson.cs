using System.Text.Json;
using RadAudit.Core;

namespace RadAudit.Stats.Evaluation;

/// <summary>JSON form of <see cref="EvaluationResult"/> and <see cref="PairedComparison"/>: snake_case keys, indented, NaN as null.</summary>
public static class StatsJson
{
    /// <summary>The serializer options used for every stats JSON file.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Converters = { new FiniteOrNullJsonConverter() },
    };

    /// <summary>Serialises <paramref name="value"/> by its runtime type.</summary>
    public static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);
}
