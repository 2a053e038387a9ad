using System.Text.Encodings.Web;
using System.Text.Json;
using RadAudit.Core;

namespace RadAudit.Reporting.Results;

/// <summary>Reads and writes <c>results.json</c>: snake_case properties, dictionary keys verbatim, NaN as null.</summary>
public static class ResultsJson
{
    /// <summary>The serializer options every results file uses.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Condition and body-part names are data (labels-only, XR_WRIST): keep them as the user spells them.
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        // results.json is a file for people and scripts, not HTML: keep "–" and "±" readable in the verdict.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new FiniteOrNullJsonConverter() },
    };

    /// <summary>The results as indented JSON text.</summary>
    public static string Serialize(AuditResults results) => JsonSerializer.Serialize(results, Options);

    /// <summary>Parses results JSON text; <paramref name="source"/> names the file in error messages.</summary>
    public static AuditResults Deserialize(string json, string source = "results.json")
    {
        try
        {
            return JsonSerializer.Deserialize<AuditResults>(json, Options)
                ?? throw new RadAuditException($"{source}: the file holds JSON null, not audit results; rerun the audit.");
        }
        catch (JsonException problem)
        {
            throw new RadAuditException(
                $"{source}: not valid audit results ({problem.Message}); rerun the audit, or collect it again.",
                inner: problem);
        }
    }

    /// <summary>Writes the results to <paramref name="path"/> atomically (temp file, then rename).</summary>
    public static void Write(string path, AuditResults results) => AtomicFile.WriteText(path, Serialize(results));

    /// <summary>A model audit's results as indented JSON text (the same conventions).</summary>
    public static string Serialize(Probes.ModelAuditResults results) => JsonSerializer.Serialize(results, Options);

    /// <summary>Writes a model audit's results to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, Probes.ModelAuditResults results) => AtomicFile.WriteText(path, Serialize(results));

    /// <summary>Reads results from <paramref name="path"/>; a missing or malformed file is a <see cref="RadAuditException"/>.</summary>
    public static AuditResults Read(string path)
    {
        if (!File.Exists(path))
            throw new RadAuditException($"{path}: no such results file; run the audit (or collect it) first.");
        return Deserialize(File.ReadAllText(path), path);
    }
}
