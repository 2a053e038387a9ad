using System.Text.Json;
using System.Text.Json.Serialization;
using RadAudit.Core;

namespace RadAudit.Reporting.Results;

/// <summary>
/// Writes a <see cref="ConfidenceInterval"/> as a two-element array so scripts read <c>auc_ci95[0]</c>;
/// unknown bounds are written as JSON null (JSON has no NaN).
/// </summary>
public sealed class ConfidenceIntervalJsonConverter : JsonConverter<ConfidenceInterval>
{
    /// <inheritdoc />
    public override ConfidenceInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException("A confidence interval must be an array [lower, upper].");
        double lower = ReadBound(ref reader);
        double upper = ReadBound(ref reader);
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
            throw new JsonException("A confidence interval must have exactly two elements [lower, upper].");
        return new ConfidenceInterval(lower, upper);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ConfidenceInterval value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        FiniteOrNullJsonConverter.WriteNumber(writer, value.Lower);
        FiniteOrNullJsonConverter.WriteNumber(writer, value.Upper);
        writer.WriteEndArray();
    }

    private static double ReadBound(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
            throw new JsonException("A confidence interval ended early; expected [lower, upper].");
        return reader.TokenType switch
        {
            JsonTokenType.Null => double.NaN,
            JsonTokenType.Number => reader.GetDouble(),
            _ => throw new JsonException("A confidence interval bound must be a number or null."),
        };
    }
}
