using System.Text.Json;
using System.Text.Json.Serialization;

namespace RadAudit.Stats.Evaluation;

/// <summary>
/// Writes NaN and infinities as JSON null (JSON has no NaN; null reads as "undefined" in every language) and
/// reads null back as NaN.
/// </summary>
public sealed class NaNAsNullConverter : JsonConverter<double>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteNullValue();
    }
}
