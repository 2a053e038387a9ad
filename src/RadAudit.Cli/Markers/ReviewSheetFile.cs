using System.Globalization;
using RadAudit.Core;
using RadAudit.Imaging;
using RadAudit.Imaging.Markers;
using RadAudit.Imaging.Review;

namespace RadAudit.Cli.Markers;

/// <summary>
/// The review contact sheet of detections, most doubtful images first (an image without a box ranks by the detector's
/// probability that it carries a label, so likely misses lead), plus a .txt index (position, doubt, path);
/// written by `markers detect --review` and by the audit when it detects the labels itself.
/// </summary>
public static class ReviewSheetFile
{
    /// <summary>Writes <paramref name="sheet"/> and its index from up to <paramref name="count"/> searched images.</summary>
    public static void Write(TextWriter output, string sheet, IReadOnlyList<ImageDetections> results, Func<string, GrayImage> load, int count)
    {
        var searched = results.Where(result => result.Problem is null).ToList();
        var doubt = searched.Select(result => ReviewOrder.Doubt(result.Boxes, result.LabelsPresent)).ToList();
        var order = Enumerable.Range(0, searched.Count).OrderByDescending(index => doubt[index]).Take(Math.Max(1, count)).ToList();
        var tiles = order.Select(index => new ReviewTile(searched[index].Path, load(searched[index].Path), searched[index].Boxes, [])).ToList();
        AtomicFile.WriteBytes(sheet, ContactSheet.Render(tiles));
        string index = Path.ChangeExtension(sheet, ".txt");
        AtomicFile.WriteText(index, string.Join("\n", order.Select((image, position) => string.Create(CultureInfo.InvariantCulture,
            $"{position + 1}\t{doubt[image]:0.000}\t{searched[image].Path}"))) + "\n");
        output.WriteLine($"wrote review sheet {sheet} ({tiles.Count} images, most doubtful first; tile order and doubt in {index})");
    }
}
