using RadAudit.Audit.Steps;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Reporting.Results;
using RadAudit.Testing;

namespace RadAudit.Audit.Tests;

public sealed class LeakCheckTests
{
    // 60 valid images of 32x32: one 8x8 label box at (2, 2) holding a bright letter stroke (0.9) on a background that
    // is darker or brighter by class when leaking, and the same for both classes otherwise; plus random noise.
    private static (ImageDataSet Data, BoxIndex Boxes) DataSet(TemporaryFolder folder, bool leakUnderBox, bool moreBoxesWhenAbnormal = false, int imagesPerStudy = 1)
    {
        var random = new Random(5);
        var records = new List<ImageRecord>();
        var boxes = new List<LabelBox>();
        for (int i = 0; i < 60; i++)
        {
            int study = i / imagesPerStudy, label = study % 2;
            var image = new GrayImage(32, 32);
            for (int p = 0; p < image.Pixels.Length; p++) image.Pixels[p] = 0.4f + 0.2f * (float)random.NextDouble();
            float background = leakUnderBox ? (label == 1 ? 0.30f : 0.10f) + 0.05f * (float)random.NextDouble() : 0.10f + 0.2f * (float)random.NextDouble();
            for (int y = 2; y < 10; y++)
                for (int x = 2; x < 10; x++)
                    image[x, y] = x is 5 or 6 ? 0.9f : background;
            string path = $"img/{i:00}.png";
            folder.WriteBytes(path, ImageCodec.EncodeGrayPng(image));
            records.Add(new ImageRecord(path, label, $"s{study}/", $"p{study}", "XR_HAND", Splits.Valid, 1));
            boxes.Add(new LabelBox(path, 2, 2, 8, 8, LabelKinds.Laterality));
            if (moreBoxesWhenAbnormal && label == 1) boxes.Add(new LabelBox(path, 20, 20, 4, 4, LabelKinds.Initials));
        }
        return (new ImageDataSet(DataSetKind.Manifest, folder.Path, "test", records, []), new BoxIndex(boxes));
    }

    private static BoxStatistic Statistic(IReadOnlyList<BoxStatistic> statistics, string name) => statistics.Single(statistic => statistic.Name == name);

    [Fact]
    public void Should_flag_the_brightness_under_the_labels_when_it_differs_by_class()
    {
        // Given labels whose ink is the same in every image but whose background is brighter in abnormal ones
        using var folder = new TemporaryFolder();
        var (data, boxes) = DataSet(folder, leakUnderBox: true);

        // When the leak check runs
        IReadOnlyList<BoxStatistic> statistics = LeakCheck.Run(data, boxes, progress: null);

        // Then the background statistic separates the classes and is not counted as the labels' content; the ink does not
        BoxStatistic background = Statistic(statistics, "box_background");
        Assert.Equal(1.0, background.Auc, 6);
        Assert.True(background.BeatsChance);
        Assert.Equal(BoxStatistic.UnderLabels, background.Kind);
        Assert.False(Statistic(statistics, "box_ink").BeatsChance);
        Assert.Equal(BoxStatistic.LabelLook, Statistic(statistics, "box_ink").Kind);
        Assert.All(statistics, statistic => Assert.Equal(60, statistic.NStudies));
    }

    [Fact]
    public void Should_score_each_study_once_by_the_mean_over_its_images()
    {
        // Given the leaking set with three images per study (20 studies)
        using var folder = new TemporaryFolder();
        var (data, boxes) = DataSet(folder, leakUnderBox: true, imagesPerStudy: 3);

        // When the leak check runs, then every statistic counts studies, not images, and the leak is still found
        IReadOnlyList<BoxStatistic> statistics = LeakCheck.Run(data, boxes, progress: null);
        Assert.All(statistics, statistic => Assert.Equal(20, statistic.NStudies));
        Assert.Equal(1.0, Statistic(statistics, "box_background").Auc, 6);
    }

    [Fact]
    public void Should_find_nothing_when_the_boxes_look_the_same_in_both_classes()
    {
        // Given labels drawn on a background that does not depend on the class
        using var folder = new TemporaryFolder();
        var (data, boxes) = DataSet(folder, leakUnderBox: false);

        // When the leak check runs
        IReadOnlyList<BoxStatistic> statistics = LeakCheck.Run(data, boxes, progress: null);

        // Then no statistic beats chance, and count and area are exactly uninformative
        Assert.DoesNotContain(statistics, statistic => statistic.BeatsChance);
        Assert.Equal(0.5, Statistic(statistics, "box_count").Auc, 6);
        Assert.Equal(0.5, Statistic(statistics, "box_area").Auc, 6);
    }

    [Fact]
    public void Should_flag_the_number_and_area_of_boxes_when_abnormal_images_carry_more_labels()
    {
        // Given abnormal images that carry a second label box
        using var folder = new TemporaryFolder();
        var (data, boxes) = DataSet(folder, leakUnderBox: false, moreBoxesWhenAbnormal: true);

        // When the leak check runs
        IReadOnlyList<BoxStatistic> statistics = LeakCheck.Run(data, boxes, progress: null);

        // Then count and area predict abnormal perfectly
        Assert.Equal(1.0, Statistic(statistics, "box_count").Auc, 6);
        Assert.Equal(1.0, Statistic(statistics, "box_area").Auc, 6);
        Assert.True(Statistic(statistics, "box_count").BeatsChance);
    }
}
