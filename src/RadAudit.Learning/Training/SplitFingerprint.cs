using System.Text.Json.Serialization;

namespace RadAudit.Learning.Training;

/// <summary>A split's size and content hash, as config.json records it.</summary>
/// <param name="Images">Number of images.</param>
/// <param name="Fingerprint">The <see cref="DataFingerprint"/> of its records.</param>
public sealed record SplitFingerprint(
    [property: JsonPropertyName("images")] int Images,
    [property: JsonPropertyName("fingerprint")] string Fingerprint);
