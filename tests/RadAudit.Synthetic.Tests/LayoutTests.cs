using System.Text.Json;
using System.Text.RegularExpressions;
using RadAudit.Imaging;
using RadAudit.Testing;

namespace RadAudit.Synthetic.Tests;

public sealed class LayoutTests
{
    private static readonly Regex ImagePath = new(
        @"^MURA-v1\.1/(train|valid)/XR_(ELBOW|FINGER|FOREARM|HAND|HUMERUS|SHOULDER|WRIST)/patient\d{5}/study\d+_(positive|negative)/image\d+\.png$");

    [Fact]
    public void Should_write_mura_layout_with_headerless_csvs_and_trailing_slash_study_paths()
    {
        // Given a tiny generated set
        using var folder = new TemporaryFolder();
        var summary = SyntheticDataSets.CreateMura(folder);
        string root = summary.Root;

        foreach (string split in new[] { "train", "valid" })
        {
            // When its CSVs are read as MURA's reader reads them (no header)
            var images = File.ReadAllLines(Path.Combine(root, "MURA-v1.1", $"{split}_image_paths.csv"));
            var studies = File.ReadAllLines(Path.Combine(root, "MURA-v1.1", $"{split}_labeled_studies.csv"));

            // Then every line is a MURA path of that split, the file exists, and labels match the folder suffix
            Assert.NotEmpty(images);
            Assert.All(images, line => Assert.Matches(ImagePath, line));
            Assert.All(images, line => Assert.StartsWith($"MURA-v1.1/{split}/", line));
            Assert.All(images, line => Assert.True(File.Exists(Path.Combine(root, line)), line));
            var labels = studies.Select(line => line.Split(',')).ToDictionary(cells => cells[0], cells => cells[1]);
            Assert.All(labels, pair =>
            {
                Assert.EndsWith("/", pair.Key);
                Assert.Equal(pair.Key.Contains("_positive/") ? "1" : "0", pair.Value);
            });
            Assert.All(images, line => Assert.Contains(line[..(line.LastIndexOf('/') + 1)], labels.Keys));
            Assert.Equal(summary.Splits[split].Images, images.Length);
            Assert.Equal(summary.Splits[split].Studies, studies.Length);
        }
    }

    [Fact]
    public void Should_keep_patients_in_one_split_with_1_to_3_studies_of_1_to_4_images()
    {
        // Given a set with a few hundred studies (so every count occurs)
        using var folder = new TemporaryFolder();
        var summary = SyntheticDataSets.CreateMura(folder, SyntheticDataSets.Tiny() with { TrainStudies = 90, ValidStudies = 40, MaxSize = 64 });

        // When patients, studies and images are counted from the image paths
        var paths = new[] { "train", "valid" }.SelectMany(split =>
            File.ReadAllLines(Path.Combine(summary.Root, "MURA-v1.1", $"{split}_image_paths.csv"))).Select(p => p.Split('/')).ToList();
        var patientsBySplit = paths.GroupBy(p => p[1]).ToDictionary(g => g.Key, g => g.Select(p => p[3]).ToHashSet());

        // Then no patient is in both splits, and the counts stay within MURA's ranges
        Assert.Empty(patientsBySplit["train"].Intersect(patientsBySplit["valid"]));
        var studiesPerPatient = paths.GroupBy(p => p[3]).Select(g => g.Select(p => p[4]).Distinct().Count()).ToList();
        var imagesPerStudy = paths.GroupBy(p => string.Join('/', p[..5])).Select(g => g.Count()).ToList();
        Assert.InRange(studiesPerPatient.Min(), 1, 1);
        Assert.InRange(studiesPerPatient.Max(), 2, 3);
        Assert.Equal(1, imagesPerStudy.Min());
        Assert.Equal(4, imagesPerStudy.Max());
    }

    [Fact]
    public void Should_save_png_images_with_the_requested_long_side_and_a_manifest()
    {
        // Given a set whose images are all RGB
        using var folder = new TemporaryFolder();
        var summary = SyntheticDataSets.CreateMura(folder, SyntheticDataSets.Tiny() with { RgbFraction = 1, TrainStudies = 4, ValidStudies = 2 });
        string first = File.ReadLines(Path.Combine(summary.Root, "MURA-v1.1", "train_image_paths.csv")).First();

        // When an image and synth.json are read
        var (width, height) = ImageCodec.ReadSize(Path.Combine(summary.Root, first));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(summary.Root, "synth.json")));
        byte[] png = File.ReadAllBytes(Path.Combine(summary.Root, first));

        // Then the long side is MaxSize, the PNG colour type is RGB (2), and the manifest records seed and counts
        Assert.Equal(96, Math.Max(width, height));
        Assert.Equal(2, png[25]);
        Assert.Equal(7, manifest.RootElement.GetProperty("seed").GetInt64());
        Assert.Equal(summary.Splits["train"].Images, manifest.RootElement.GetProperty("splits").GetProperty("train").GetProperty("images").GetInt32());
        Assert.Equal(0.64, manifest.RootElement.GetProperty("splits").GetProperty("train").GetProperty("labelsOnlyAreaUnderCurve").GetDouble(), 3);
    }
}
