using System.Text;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Testing;

namespace RadAudit.Review.Tests.Fixtures;

/// <summary>
/// A manifest data set of plain gray images with bright "labels", and a boxes CSV for them, written fast enough
/// to make thousands in a test: every seventh image has no box, every fifth four (doubtful first in the order).
/// </summary>
internal sealed record ReviewDataSet(string Manifest, string BoxesFile, IReadOnlyList<string> Paths, IReadOnlyList<LabelBox> Boxes)
{
    /// <summary>Writes <paramref name="count"/> images of <paramref name="size"/> px into <paramref name="folder"/>.</summary>
    public static ReviewDataSet Write(TemporaryFolder folder, int count, int size = 96, int seed = 7)
    {
        var random = new Random(seed);
        var manifest = new StringBuilder("path,label\n");
        var paths = new List<string>();
        var boxes = new List<LabelBox>();
        for (int index = 0; index < count; index++)
        {
            string path = $"patient{index / 4:D4}/image{index}.png";
            var image = new GrayImage(size, size);
            for (int pixel = 0; pixel < image.Pixels.Length; pixel++) image.Pixels[pixel] = 0.15f + 0.3f * (pixel % size) / size;
            int labels = index % 7 == 0 ? 0 : index % 5 == 0 ? 4 : 1 + index % 2;
            for (int label = 0; label < labels; label++)
            {
                var box = new LabelBox(path, 4 + label * size / 5, 4 + (index % 3) * size / 4, size / 8, size / 7,
                    label == 0 ? LabelKinds.Laterality : LabelKinds.Initials, Math.Round(0.3 + 0.7 * random.NextDouble(), 3));
                for (int y = box.Y; y < box.Bottom; y++)
                    for (int x = box.X; x < box.Right; x++) image[x, y] = 1f;
                boxes.Add(box);
            }
            folder.WriteBytes(Path.Combine("data", path), ImageCodec.EncodeGrayPng(image));
            manifest.Append(path).Append(",0\n");
            paths.Add(path);
        }
        string manifestFile = folder.WriteText("data/manifest.csv", manifest.ToString());
        string boxesFile = folder.Combine("boxes.csv");
        BoxCsvFile.Write(boxesFile, boxes);
        return new ReviewDataSet(manifestFile, boxesFile, paths, boxes);
    }

    /// <summary>The data set opened as the command opens it.</summary>
    public ImageDataSet Open() => DataSetOpener.Open(Manifest);
}
