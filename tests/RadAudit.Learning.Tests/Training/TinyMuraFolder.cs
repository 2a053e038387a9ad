using RadAudit.Imaging;
using RadAudit.Testing;

namespace RadAudit.Learning.Tests.Training;

/// <summary>
/// Writes a tiny MURA v1.1 layout (PNG files plus the four index CSVs): abnormal studies show a bright square,
/// normal ones do not, so a model separates them within a few epochs.
/// </summary>
internal static class TinyMuraFolder
{
    public static void Write(TemporaryFolder folder, int studiesPerSplit = 12, int size = 40)
    {
        foreach (string split in new[] { "train", "valid" })
        {
            var paths = new List<string>();
            var studies = new List<string>();
            var random = new Random(split == "train" ? 1 : 2);
            for (int study = 0; study < studiesPerSplit; study++)
            {
                bool abnormal = study % 2 == 1;
                string studyFolder = $"MURA-v1.1/{split}/XR_WRIST/patient{(split == "train" ? 0 : 500) + study:D5}/study1_{(abnormal ? "positive" : "negative")}/";
                studies.Add($"{studyFolder},{(abnormal ? 1 : 0)}");
                for (int image = 1; image <= 2; image++)
                {
                    string path = studyFolder + $"image{image}.png";
                    folder.WriteBytes(path, ImageCodec.EncodeGrayPng(Draw(size, abnormal, random)));
                    paths.Add(path);
                }
            }
            folder.WriteText($"MURA-v1.1/{split}_image_paths.csv", string.Join("\n", paths) + "\n");
            folder.WriteText($"MURA-v1.1/{split}_labeled_studies.csv", string.Join("\n", studies) + "\n");
        }
    }

    private static GrayImage Draw(int size, bool abnormal, Random random)
    {
        var image = new GrayImage(size, size);
        for (int row = 0; row < size; row++)
            for (int column = 0; column < size; column++)
            {
                bool inSquare = row > size / 3 && row < 2 * size / 3 && column > size / 3 && column < 2 * size / 3;
                image.Pixels[row * size + column] = (float)(random.NextDouble() * 0.25 + (abnormal && inSquare ? 0.7 : 0.05));
            }
        return image;
    }
}
