using System.Text.Json;
using System.Text.Json.Serialization;

namespace RadAudit.Core;

/// <summary>
/// Writes NaN and infinities as JSON null and reads null back as NaN: RadAudit uses NaN for "unknown"
/// (e.g. an AUC on a split with one class), and JSON has no NaN that every script can parse.
/// </summary>
public sealed class FiniteOrNullJsonConverter : JsonConverter<double>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
        WriteNumber(writer, value);

    /// <summary>Writes <paramref name="value"/>, or null when it is not finite.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
            writer.WriteNumberValue(value);
        else
            writer.WriteNullValue();
    }
}
