using RadAudit.Imaging.Transforms;

namespace RadAudit.Imaging.Tests.Transforms;

public sealed class RandomTransformTests
{
    public static TheoryData<string> Names => new() { "rotate", "scale", "brightness", "flip", "standard" };

    [Theory]
    [MemberData(nameof(Names))]
    public void Should_repeat_exactly_with_the_same_seed_and_leave_the_input_alone(string name)
    {
        // Given a structured image and a transform
        GrayImage image = Gradient(32, 24);
        GrayImage before = image.Clone();
        IRandomTransform transform = Create(name);

        // When applied twice with the same seed
        GrayImage first = transform.Apply(image, new Random(5));
        GrayImage second = transform.Apply(image, new Random(5));

        // Then the outputs are identical, in range, and the input unchanged
        Assert.Equal(first.Pixels, second.Pixels);
        Assert.All(first.Pixels, value => Assert.InRange(value, 0f, 1f));
        Assert.Equal(before.Pixels, image.Pixels);
    }

    [Fact]
    public void Should_not_rotate_when_the_range_is_zero()
    {
        GrayImage image = Gradient(16, 16);
        GrayImage rotated = new RandRotate(0).Apply(image, new Random(1));
        for (int i = 0; i < image.Pixels.Length; i++) Assert.Equal(image.Pixels[i], rotated.Pixels[i], 1e-5f);
    }

    [Fact]
    public void Should_rotate_a_quarter_turn_when_the_angle_is_90_degrees()
    {
        // Given a single bright pixel right of centre, and a generator that draws the largest angle
        var image = new GrayImage(9, 9);
        image[7, 4] = 1f;

        // When rotated by exactly +90 degrees (NextDouble = 1 gives +MaxDegrees)
        GrayImage rotated = new RandRotate(90).Apply(image, new FixedRandom(1.0));

        // Then the spot moves a quarter turn about the centre onto the vertical axis
        int brightest = Array.IndexOf(rotated.Pixels, rotated.Pixels.Max());
        Assert.Equal(4, brightest % 9);
        Assert.NotEqual(4, brightest / 9);
    }

    [Fact]
    public void Should_mirror_left_and_right_when_flipping()
    {
        var image = new GrayImage(3, 1, [0.1f, 0.2f, 0.3f]);
        GrayImage flipped = new RandHorizontalFlip(probability: 1).Apply(image, new Random(0));
        Assert.Equal([0.3f, 0.2f, 0.1f], flipped.Pixels);
    }

    [Fact]
    public void Should_leave_out_horizontal_flip_by_default()
    {
        Assert.DoesNotContain(AugmentationPipeline.Standard().Steps, step => step is RandHorizontalFlip);
        Assert.Contains(AugmentationPipeline.Standard(includeHorizontalFlip: true).Steps, step => step is RandHorizontalFlip);
        Assert.Equal(30f, AugmentationPipeline.Standard().Steps.OfType<RandRotate>().Single().MaxDegrees);
    }

    [Fact]
    public void Should_shift_brightness_within_its_range()
    {
        // Given a mid-grey image and brightness only
        var image = new GrayImage(4, 4);
        Array.Fill(image.Pixels, 0.5f);
        var transform = new RandBrightnessContrast(maxBrightness: 0.1f, maxContrast: 0);

        // Then across seeds every result stays uniform and within 0.5 ± 0.1, and not always 0.5
        var means = Enumerable.Range(0, 50).Select(seed => transform.Apply(image, new Random(seed)).Pixels.Average()).ToList();
        Assert.All(means, mean => Assert.InRange(mean, 0.4f - 1e-6f, 0.6f + 1e-6f));
        Assert.True(means.Max() - means.Min() > 0.1f);
    }

    [Fact]
    public void Should_normalise_with_the_documented_statistics()
    {
        float[] target = new float[2];
        PixelNormalization.Default.Apply([0.449f, 0.675f], target);
        Assert.Equal(0f, target[0], 1e-5f);
        Assert.Equal(1f, target[1], 1e-3f);
    }

    private static IRandomTransform Create(string name) => name switch
    {
        "rotate" => new RandRotate(),
        "scale" => new RandScaleTranslate(),
        "brightness" => new RandBrightnessContrast(),
        "flip" => new RandHorizontalFlip(),
        _ => AugmentationPipeline.Standard(includeHorizontalFlip: true),
    };

    private static GrayImage Gradient(int width, int height)
    {
        var image = new GrayImage(width, height);
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++) image[x, y] = (x + 2f * y) / (width + 2f * height);
        return image;
    }

    private sealed class FixedRandom(double value) : Random
    {
        public override double NextDouble() => value;
    }
}
