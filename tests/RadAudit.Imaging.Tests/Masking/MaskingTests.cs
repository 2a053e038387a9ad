using CsCheck;
using RadAudit.Core;
using RadAudit.Imaging.Masking;

namespace RadAudit.Imaging.Tests.Masking;

public sealed class MaskingTests
{
    // A random image up to 40x40 with 0-4 boxes that may reach outside it.
    private static readonly Gen<(GrayImage Image, LabelBox[] Boxes)> ImagesWithBoxes =
        Gen.Select(Gen.Int[4, 40], Gen.Int[4, 40], Gen.Int[0, 1000]).SelectMany((width, height, seed) =>
            Gen.Select(Gen.Int[-3, width], Gen.Int[-3, height], Gen.Int[1, 12], Gen.Int[1, 12])
                .Select((x, y, w, h) => new LabelBox("p.png", x, y, w, h, LabelKinds.Laterality)).Array[0, 4]
                .Select(boxes => (Image(width, height, seed), boxes)));

    private static GrayImage Image(int width, int height, int seed)
    {
        var random = new Random(seed);
        var image = new GrayImage(width, height);
        for (int i = 0; i < image.Pixels.Length; i++) image.Pixels[i] = 0.05f + 0.95f * (float)random.NextDouble();
        return image;
    }

    private static bool Inside(IEnumerable<LabelBox> boxes, int x, int y) =>
        boxes.Any(box => x >= box.X && x < box.Right && y >= box.Y && y < box.Bottom);

    [Fact]
    public void Should_keep_exactly_the_box_pixels_in_labels_only()
    {
        ImagesWithBoxes.Sample(sample =>
        {
            GrayImage result = LabelsOnly.Apply(sample.Image, sample.Boxes);
            for (int y = 0; y < result.Height; y++)
                for (int x = 0; x < result.Width; x++)
                    Assert.Equal(Inside(sample.Boxes, x, y) ? sample.Image[x, y] : 0f, result[x, y]);
        }, iter: 200, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Should_fill_exactly_the_box_pixels_with_one_grey_in_labels_geometry()
    {
        ImagesWithBoxes.Sample(sample =>
        {
            var original = sample.Image.Clone();
            GrayImage result = LabelGeometry.Apply(sample.Image, sample.Boxes);
            for (int y = 0; y < result.Height; y++)
                for (int x = 0; x < result.Width; x++)
                    Assert.Equal(Inside(sample.Boxes, x, y) ? LabelGeometry.Fill : 0f, result[x, y]);
            Assert.Equal(original.Pixels, sample.Image.Pixels); // the input is untouched
        }, iter: 200, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Should_black_out_each_box_plus_its_margin_and_nothing_else_when_covering()
    {
        ImagesWithBoxes.Sample(sample =>
        {
            var original = sample.Image.Clone();
            GrayImage result = LabelCover.Apply(sample.Image, sample.Boxes, margin: 2);
            var grown = sample.Boxes.Select(box => box with { X = box.X - 2, Y = box.Y - 2, Width = box.Width + 4, Height = box.Height + 4 }).ToList();
            for (int y = 0; y < result.Height; y++)
                for (int x = 0; x < result.Width; x++)
                    Assert.Equal(Inside(grown, x, y) ? 0f : original[x, y], result[x, y]);
            Assert.Equal(original.Pixels, sample.Image.Pixels); // the input is untouched
        }, iter: 200, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Should_place_random_covers_of_the_same_sizes_that_never_touch_a_label_or_each_other()
    {
        ImagesWithBoxes.Sample(sample =>
        {
            int width = sample.Image.Width, height = sample.Image.Height;
            var labels = LabelCover.Rectangles(width, height, sample.Boxes, 1);
            RandomCoverPlacement placement = RandomCover.Place(sample.Image, sample.Boxes, 1, "p.png", seed: 7);
            Assert.Equal(labels.Count, placement.Placed.Count + placement.Unplaced);
            var expectedSizes = labels.Select(label => (label.Width, label.Height)).Order().ToList();
            var placedSizes = placement.Placed.Select(placed => (placed.Width, placed.Height)).ToList();
            foreach (var size in placedSizes) Assert.Contains(size, expectedSizes);
            for (int a = 0; a < placement.Placed.Count; a++)
            {
                PixelRectangle placed = placement.Placed[a];
                Assert.Equal(placed, placed.Clip(width, height));
                Assert.DoesNotContain(labels, placed.Intersects);
                for (int b = a + 1; b < placement.Placed.Count; b++) Assert.False(placed.Intersects(placement.Placed[b]));
            }
        }, iter: 300);
    }

    [Fact]
    public void Should_place_every_random_cover_in_a_roomy_image_the_same_way_for_the_same_path()
    {
        // Given two labels in a 256x256 image
        LabelBox[] boxes = [new("x/a.png", 10, 10, 20, 30, LabelKinds.Laterality), new("x/a.png", 10, 45, 30, 10, LabelKinds.Initials)];

        // When placed twice for the same path and once for another
        var image = new GrayImage(256, 256);
        var first = RandomCover.Place(image, boxes, 4, "x/a.png", 1);
        var again = RandomCover.Place(image, boxes, 4, "x/a.png", 1);
        var other = RandomCover.Place(image, boxes, 4, "x/b.png", 1);

        // Then all are placed, sizes are the labels' plus margins, repeatable per path and different across paths
        Assert.Equal(0, first.Unplaced);
        Assert.Equal([(28, 38), (38, 18)], first.Placed.Select(placed => (placed.Width, placed.Height)));
        Assert.Equal(first.Placed, again.Placed);
        Assert.NotEqual(first.Placed, other.Placed);
    }

    [Fact]
    public void Should_place_random_covers_on_the_dark_surroundings_and_not_on_the_anatomy()
    {
        // Given a 200x200 radiograph-like image: dark margin (0.05), a bright "bone" band over the middle (0.8, with
        // texture) and two bright labels on the margin at the top left
        var image = new GrayImage(200, 200);
        var texture = new Random(3);
        for (int y = 0; y < 200; y++)
            for (int x = 0; x < 200; x++)
                image[x, y] = x is >= 50 and < 150 ? 0.7f + 0.2f * (float)texture.NextDouble() : 0.05f;
        LabelBox[] boxes = [new("r.png", 5, 5, 12, 16, LabelKinds.Laterality), new("r.png", 5, 30, 20, 8, LabelKinds.Initials)];
        foreach (LabelBox box in boxes)
            for (int y = box.Y; y < box.Y + box.Height; y++)
                for (int x = box.X; x < box.X + box.Width; x++) image[x, y] = 0.95f;

        // When random covers are placed for 50 different images of that look
        for (int index = 0; index < 50; index++)
        {
            RandomCoverPlacement placement = RandomCover.Place(image, boxes, 2, $"r{index}.png", seed: 1);

            // Then every box found a spot on the margin: at most a tenth of it on the bone band, none put over anatomy
            Assert.Equal(0, placement.Unplaced);
            Assert.Equal(0, placement.OverAnatomy);
            Assert.Equal(2, placement.Placed.Count);
            foreach (PixelRectangle placed in placement.Placed)
            {
                int onBone = Math.Max(0, Math.Min(placed.Right, 150) - Math.Max(placed.X, 50)) * placed.Height;
                Assert.True(onBone <= RandomCover.MaxBrightShare * placed.Width * placed.Height, $"{placed} lies on the anatomy");
            }
        }
    }

    [Fact]
    public void Should_put_a_random_cover_over_the_anatomy_only_when_the_surroundings_have_no_room_and_count_it()
    {
        // Given an image that is bright anatomy except a 10 px dark strip on the left, and a label too wide for the strip
        var image = new GrayImage(120, 120);
        var texture = new Random(4);
        for (int y = 0; y < 120; y++)
            for (int x = 0; x < 120; x++)
                image[x, y] = x < 10 ? 0.05f : 0.6f + 0.3f * (float)texture.NextDouble();
        LabelBox[] boxes = [new("s.png", 2, 2, 6, 6, LabelKinds.Laterality), new("s.png", 40, 100, 30, 10, LabelKinds.Initials)];

        // When placed
        RandomCoverPlacement placement = RandomCover.Place(image, boxes, 0, "s.png", seed: 2);

        // Then the small box fits the strip, the wide one is put elsewhere and counted as over the anatomy
        Assert.Equal(0, placement.Unplaced);
        Assert.Equal(1, placement.OverAnatomy);
        Assert.Contains(placement.Placed, placed => placed is { Width: 6, Height: 6 } && placed.Right <= 10);
        Assert.Contains(placement.Placed, placed => placed is { Width: 30, Height: 10 });
    }

    [Fact]
    public void Should_split_two_brightness_classes_at_the_otsu_threshold()
    {
        // Given an image of 0.1 and 0.7 pixels, and one of a single brightness
        var twoClasses = new GrayImage(10, 10);
        for (int i = 0; i < 100; i++) twoClasses.Pixels[i] = i < 60 ? 0.1f : 0.7f;
        var flat = new GrayImage(4, 4);
        Array.Fill(flat.Pixels, 0.3f);

        // Then the cut lies between the classes, and nothing of a flat image is above its threshold
        float threshold = OtsuThreshold.Of(twoClasses);
        Assert.InRange(threshold, 0.1f, 0.7f);
        Assert.Equal(40, twoClasses.Pixels.Count(pixel => pixel > threshold));
        Assert.DoesNotContain(flat.Pixels, pixel => pixel > OtsuThreshold.Of(flat));
    }

    [Fact]
    public void Should_fill_with_the_mean_outside_or_a_smooth_border_interpolation()
    {
        // Given a 4-wide image with a bright label column between a 0.2 column and a 0.6 column
        var image = new GrayImage(3, 2, [0.2f, 1f, 0.6f, 0.2f, 1f, 0.6f]);
        LabelBox[] label = [new("p", 1, 0, 1, 2, LabelKinds.Laterality)];

        // When covered with mean and blur fills (no margin)
        GrayImage mean = LabelCover.Apply(image, label, 0, CoverFill.Mean);
        GrayImage blur = LabelCover.Apply(image, label, 0, CoverFill.Blur);

        // Then mean = 0.4 (of the pixels outside) and blur = 0.4 (halfway between its left and right neighbours)
        Assert.Equal(0.4f, mean[1, 0], 5);
        Assert.Equal(0.4f, blur[1, 1], 5);
    }

    [Fact]
    public void Should_apply_the_variant_through_the_loader_hook()
    {
        // Given a hook for labels-only and a record with one box
        var record = new ImageRecord("p.png", 1, "s/", "patient1", "XR_HAND", Splits.Train, 1);
        var image = Image(8, 8, 1);
        LabelBox[] boxes = [new("p.png", 2, 2, 2, 2, LabelKinds.Laterality)];
        var hook = MaskTransform.Hook(new MaskOptions(Condition.LabelsOnly), path => path == "p.png" ? boxes : []);

        // When applied, Then it equals the pure function and the original variant returns the input
        Assert.Equal(LabelsOnly.Apply(image, boxes).Pixels, hook(record, image).Pixels);
        Assert.Same(image, MaskTransform.Hook(new MaskOptions(Condition.Original), _ => boxes)(record, image));
        Assert.Same(Condition.RandomCover, Condition.Parse(" Random-Cover "));
    }
}
