using RadAudit.Core;

namespace RadAudit.Imaging.Masking;

/// <summary>What <see cref="MaskedCopy"/> did: every image is counted as written or skipped.</summary>
/// <param name="Written">Images written.</param>
/// <param name="WithoutBoxes">Written images that had no box (unchanged by cover; all black in labels-only).</param>
/// <param name="BoxesApplied">Label boxes applied over all images.</param>
/// <param name="RandomCoversUnplaced">Random-cover boxes that found no free spot (image too full).</param>
/// <param name="RandomCoversOverAnatomy">Random-cover boxes put anywhere free for lack of a free spot on the dark surroundings.</param>
/// <param name="Skipped">Images not written (unreadable); see <paramref name="SkippedReasons"/>.</param>
/// <param name="SkippedReasons">One line per skipped image.</param>
public sealed record MaskedCopySummary(int Written, int WithoutBoxes, int BoxesApplied, int RandomCoversUnplaced, int RandomCoversOverAnatomy, int Skipped,
    IReadOnlyList<string> SkippedReasons)
{
    /// <summary>A one-line account for the console.</summary>
    public string Describe(Condition condition)
    {
        string empty = condition == Condition.LabelsOnly
            ? $"{WithoutBoxes} without any box (now all black)"
            : $"{WithoutBoxes} without any box (kept unchanged)";
        string unplaced = condition == Condition.RandomCover ? $", {RandomCoversUnplaced} random boxes found no free spot, {RandomCoversOverAnatomy} none on the dark surroundings" : "";
        return $"{condition.Name}: wrote {Written} images, {empty}, {BoxesApplied} boxes applied{unplaced}, {Skipped} skipped";
    }
}
