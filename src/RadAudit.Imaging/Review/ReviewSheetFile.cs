using System.Globalization;
using RadAudit.Core;
using RadAudit.Imaging.Markers;

namespace RadAudit.Imaging.Review;

/// <summary>
/// The review contact sheet of detections, most doubtful images first (with the detector's labels-present probability
/// where it gives one, so an image without a box that probably carries a label leads), plus a .txt index (position, doubt, path);
/// written by `markers detect --review` and by the audit when it detects the labels itself.
/// </summary>
public static class ReviewSheetFile
{
    /// <summary>Writes <paramref name="sheet"/> and its index from up to <paramref name="count"/> searched images;
    /// returns how many tiles it holds and the index file.</summary>
    public static (int Tiles, string IndexFile) Write(string sheet, IReadOnlyList<ImageDetections> results, Func<string, GrayImage> load, int count)
    {
        var searched = results.Where(result => result.Problem is null).ToList();
        var order = ReviewOrder.WorstFirst(searched.Select(result => result.Boxes).ToList(), searched.Select(result => result.LabelsPresent).ToList())
            .Take(Math.Max(1, count)).ToList();
        var tiles = order.Select(index => new ReviewTile(searched[index].Path, load(searched[index].Path), searched[index].Boxes, [])).ToList();
        AtomicFile.WriteBytes(sheet, ContactSheet.Render(tiles));
        string index = Path.ChangeExtension(sheet, ".txt");
        AtomicFile.WriteText(index, string.Join("\n", order.Select((image, position) => string.Create(CultureInfo.InvariantCulture,
            $"{position + 1}\t{ReviewOrder.Doubt(searched[image].Boxes, searched[image].LabelsPresent):0.000}\t{searched[image].Path}"))) + "\n");
        return (tiles.Count, index);
    }
}
