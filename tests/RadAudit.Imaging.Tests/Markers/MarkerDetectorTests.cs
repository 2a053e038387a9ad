using RadAudit.Core;
using RadAudit.Imaging.Markers;
using RadAudit.Imaging.Markers.Evaluation;
using RadAudit.Imaging.Masking;

namespace RadAudit.Imaging.Tests.Markers;

public sealed class MarkerDetectorTests
{
    private static readonly MarkerDetector Detector = new();

    private static LabelBox Truth((int X, int Y, int Width, int Height) ink, string kind) =>
        new("a.png", ink.X, ink.Y, ink.Width, ink.Height, kind);

    [Fact]
    public void Should_find_and_cover_an_L_drawn_at_a_known_place()
    {
        // Given an L on a faint plate near the top-left corner, beside bright bone
        GrayImage image = TestRadiograph.Background(200, 160);
        TestRadiograph.Fill(image, 14, 22, 34, 42, 0.18f);
        var ink = TestRadiograph.Text(image, "L", 20, 28, 4);
        TestRadiograph.Bone(image, 120, 90, 50, 25, 0.8f);

        // When detected and covered
        IReadOnlyList<LabelBox> boxes = Detector.Detect(image, "a.png");
        GrayImage covered = LabelCover.Apply(image, boxes);

        // Then one laterality box matches the ink, and no ink pixel survives the cover
        LabelBox box = Assert.Single(boxes);
        Assert.Equal(LabelKinds.Laterality, box.Kind);
        Assert.True(BoxMatcher.IntersectionOverUnion(box, Truth(ink, box.Kind)) >= 0.7);
        Assert.InRange(box.Score!.Value, 0.5, 1.0);
        for (int y = ink.Y; y < ink.Y + ink.Height; y++)
            for (int x = ink.X; x < ink.X + ink.Width; x++)
                Assert.Equal(0f, covered[x, y]);
    }

    [Fact]
    public void Should_separate_the_laterality_letter_from_the_initials_printed_below_it()
    {
        // Given a large R and the smaller initials JKM under it
        GrayImage image = TestRadiograph.Background(256, 200, seed: 2);
        var letter = TestRadiograph.Text(image, "R", 180, 20, 5);
        var initials = TestRadiograph.Text(image, "JKM", 170, 68, 2);

        // When detected
        var boxes = Detector.Detect(image, "a.png");

        // Then there is one box of each kind, each over its own ink
        Assert.Equal(2, boxes.Count);
        LabelBox lateral = Assert.Single(boxes, box => box.Kind == LabelKinds.Laterality);
        LabelBox initialBox = Assert.Single(boxes, box => box.Kind == LabelKinds.Initials);
        Assert.True(BoxMatcher.IntersectionOverUnion(lateral, Truth(letter, LabelKinds.Laterality)) >= 0.6);
        Assert.True(BoxMatcher.IntersectionOverUnion(initialBox, Truth(initials, LabelKinds.Initials)) >= 0.6);
    }

    [Fact]
    public void Should_not_report_bright_bone_or_a_lone_screw()
    {
        // Given bright smooth bone reaching near saturation and a solid bright screw, but no letters
        GrayImage image = TestRadiograph.Background(256, 256, seed: 3);
        TestRadiograph.Bone(image, 128, 128, 90, 30, 0.97f);
        TestRadiograph.Fill(image, 100, 60, 6, 40, 0.98f);

        // When detected, Then nothing is reported
        Assert.Empty(Detector.Detect(image, "a.png"));
    }

    [Fact]
    public void Should_find_a_letter_cut_by_the_image_edge()
    {
        // Given an L whose left part lies outside the image
        GrayImage image = TestRadiograph.Background(160, 160, seed: 4);
        var ink = TestRadiograph.Text(image, "L", -2, 100, 4);

        // When detected, Then its visible part is boxed
        LabelBox box = Assert.Single(Detector.Detect(image, "a.png"));
        Assert.True(BoxMatcher.IntersectionOverUnion(box, Truth(ink, box.Kind)) >= 0.5);
    }

    [Fact]
    public void Should_find_nothing_in_an_image_without_bright_pixels()
    {
        Assert.Empty(Detector.Detect(TestRadiograph.Background(64, 64), "a.png"));
    }

    [Fact]
    public void Should_give_the_same_answers_in_parallel_and_report_unreadable_images()
    {
        // Given three images, one of which cannot be read
        var images = new Dictionary<string, GrayImage>();
        for (int index = 0; index < 2; index++)
        {
            images[$"{index}.png"] = TestRadiograph.Background(128, 128, seed: index);
            TestRadiograph.Text(images[$"{index}.png"], "L", 10 + 20 * index, 10, 3);
        }
        GrayImage Load(string path) => images.TryGetValue(path, out var image) ? image : throw new RadAuditException($"{path}: unreadable");

        // When run in parallel
        var results = MarkerDetectionRun.Detect(["0.png", "bad.png", "1.png"], Load, Detector, maxParallelism: 2);

        // Then results keep input order, match one-at-a-time detection, and the bad image carries a reason
        Assert.Equal(["0.png", "bad.png", "1.png"], results.Select(result => result.Path));
        Assert.Equal(Detector.Detect(images["1.png"], "1.png"), results[2].Boxes);
        Assert.Contains("unreadable", results[1].Problem);
        Assert.Empty(results[1].Boxes);
    }
}
