using RadAudit.Core;

namespace RadAudit.Imaging.Masking;

/// <summary>
/// The control the study lacked: boxes of the same sizes as <see cref="LabelCover"/>'s (label + margin), placed
/// at random where they overlap neither a covered label region nor each other, and filled the same way. If
/// covering labels helps only as much as this does, covering anything helps, not removing the shortcut.
/// </summary>
public static class RandomCover
{
    private const int AttemptsPerBox = 500;

    /// <summary>Places the boxes, deterministically for (<paramref name="path"/>, <paramref name="seed"/>).</summary>
    public static RandomCoverPlacement Place(int width, int height, IEnumerable<LabelBox> boxes, int margin, string path, int seed)
    {
        IReadOnlyList<PixelRectangle> labels = LabelCover.Rectangles(width, height, boxes, margin);
        var random = new Random(StableSeed.For(path, seed));
        var placed = new List<PixelRectangle>();
        int unplaced = 0;
        foreach (PixelRectangle label in labels)
        {
            PixelRectangle? spot = FindSpot(width, height, label.Width, label.Height, labels, placed, random);
            if (spot is PixelRectangle found) placed.Add(found);
            else unplaced++;
        }
        return new RandomCoverPlacement(placed, unplaced);
    }

    /// <summary>A copy of <paramref name="image"/> with the random boxes filled; labels stay visible.</summary>
    public static GrayImage Apply(GrayImage image, IEnumerable<LabelBox> boxes, string path, int seed,
        int margin = LabelCover.DefaultMargin, CoverFill fill = CoverFill.Black)
    {
        RandomCoverPlacement placement = Place(image.Width, image.Height, boxes, margin, path, seed);
        GrayImage result = image.Clone();
        RegionFill.Fill(result, placement.Placed, fill);
        return result;
    }

    private static PixelRectangle? FindSpot(int width, int height, int boxWidth, int boxHeight,
        IReadOnlyList<PixelRectangle> labels, List<PixelRectangle> placed, Random random)
    {
        if (boxWidth > width || boxHeight > height) return null;
        for (int attempt = 0; attempt < AttemptsPerBox; attempt++)
        {
            var candidate = new PixelRectangle(random.Next(width - boxWidth + 1), random.Next(height - boxHeight + 1), boxWidth, boxHeight);
            if (!labels.Any(candidate.Intersects) && !placed.Any(candidate.Intersects)) return candidate;
        }
        return null;
    }
}
