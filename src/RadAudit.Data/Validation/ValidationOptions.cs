using RadAudit.Imaging;

namespace RadAudit.Data.Validation;

/// <summary>How thoroughly <see cref="DataValidator"/> checks files.</summary>
/// <param name="MaxPixels">Largest width × height accepted (decompression-bomb guard), checked from the header.</param>
/// <param name="DecodePixels">True decodes every image (finds truncated files; <c>data check</c> does this);
/// false reads headers only (fast start for training verbs; the loader still names a truncated file if it meets one).</param>
/// <param name="Workers">Files checked in parallel.</param>
/// <param name="HashContent">Also hash every file's bytes (<see cref="DataValidationReport.ContentHashes"/>), so a
/// run can tell the same paths with other pixels (a masked copy, a re-export) from the data it was made with.</param>
public sealed record ValidationOptions(
    long MaxPixels = ImageCodec.DefaultMaxPixels,
    bool DecodePixels = true,
    int Workers = 2,
    bool HashContent = false)
{
    /// <summary>Full decode with the default cap.</summary>
    public static ValidationOptions Full { get; } = new();

    /// <summary>Headers only, for verbs that are about to load every image anyway.</summary>
    public static ValidationOptions HeadersOnly { get; } = new(DecodePixels: false);
}
