using RadAudit.Data.Boxes;
using RadAudit.Data.Reviews;

namespace RadAudit.Review.Session;

/// <summary>
/// Rewrites <c>--out</c> from the review state, atomically (temporary file + rename), in today's box formats: CSV,
/// or COCO JSON for a <c>.json</c> name (every image listed, so images reviewed as having no label appear too).
/// </summary>
internal sealed class ReviewOutput
{
    private readonly BoxFileFormat _format;
    private readonly Dictionary<string, (int Width, int Height)> _sizes;
    private readonly IReadOnlyList<string> _paths;

    public ReviewOutput(string file, IReadOnlyList<ReviewImage> images)
    {
        File = Path.GetFullPath(file);
        _format = BoxFileFormats.FromExtension(file);
        _sizes = images.Where(image => image.Readable).GroupBy(image => image.Path, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (group.First().Width, group.First().Height), StringComparer.Ordinal);
        _paths = images.Select(image => image.Path).ToList();
    }

    /// <summary>The output file (absolute).</summary>
    public string File { get; }

    /// <summary>Writes every current box of <paramref name="state"/>.</summary>
    public void Write(ReviewState state) =>
        BoxFiles.Write(File, state.AllBoxes(), _format, path => _sizes.TryGetValue(path, out var size) ? size : null, _paths);
}
