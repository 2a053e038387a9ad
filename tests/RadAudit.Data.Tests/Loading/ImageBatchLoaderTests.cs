using RadAudit.Data.Loading;
using RadAudit.Data.Sets;
using RadAudit.Data.Tests.Fixtures;
using RadAudit.Imaging;
using RadAudit.Imaging.Decoding;
using RadAudit.Imaging.Transforms;

namespace RadAudit.Data.Tests.Loading;

public sealed class ImageBatchLoaderTests
{
    private static LoaderOptions Training(int workers) => new()
    {
        ImageSize = 16,
        BatchSize = 5,
        Shuffle = true,
        Seed = 42,
        Workers = workers,
        Augment = true,
        PrefetchBatches = 1,
    };

    [Fact]
    public void Should_yield_nchw_batches_with_labels_records_and_geometries()
    {
        using var fixture = MuraFixture.Create();
        ImageDataSet data = DataSetOpener.Open(fixture.Root);
        var loader = new ImageBatchLoader(data, new LoaderOptions { ImageSize = 16, BatchSize = 8, Workers = 2 });

        var batches = loader.Epoch(0).ToList();

        Assert.Equal([8, 8, 6], batches.Select(batch => batch.Count));
        Assert.Equal(3, loader.BatchesPerEpoch);
        Assert.All(batches, batch => Assert.Equal(batch.Count * 16 * 16, batch.Pixels.Length));
        Assert.Equal(data.Records, batches.SelectMany(batch => batch.Records));
        Assert.Equal(data.Records.Select(record => (float)record.Label!), batches.SelectMany(batch => batch.Labels));
        Assert.Equal(data.Records[0].Path, batches[0].Records[0].Path);
        Assert.Equal(16f / 11, batches[0].Geometries[0].Scale, 1e-5f);
    }

    [Fact]
    public void Should_produce_identical_batches_for_any_worker_count()
    {
        // Given a shuffled, augmented training loader
        using var fixture = MuraFixture.Create();
        ImageDataSet data = DataSetOpener.Open(fixture.Root);

        // When run with 0 (inline), 1 and 3 workers
        var runs = new[] { 0, 1, 3 }.Select(workers => new ImageBatchLoader(data, Training(workers)).Epoch(2).ToList()).ToList();

        // Then every pixel and every record order is the same
        foreach (var run in runs.Skip(1))
        {
            Assert.Equal(runs[0].SelectMany(batch => batch.Pixels), run.SelectMany(batch => batch.Pixels));
            Assert.Equal(runs[0].SelectMany(batch => batch.Records), run.SelectMany(batch => batch.Records));
        }
    }

    [Fact]
    public void Should_reshuffle_each_epoch_and_repeat_an_epoch_exactly()
    {
        using var fixture = MuraFixture.Create();
        var loader = new ImageBatchLoader(DataSetOpener.Open(fixture.Root), Training(2));
        string Order(int epoch) => string.Join("|", loader.Epoch(epoch).SelectMany(batch => batch.Records).Select(record => record.Path));
        Assert.NotEqual(Order(0), Order(1));
        Assert.Equal(Order(1), Order(1));
    }

    [Fact]
    public void Should_apply_the_preprocessing_hook_to_the_decoded_original()
    {
        // Given a hook that records the size it sees and whitens the image
        using var fixture = MuraFixture.Create();
        ImageDataSet data = DataSetOpener.Open(fixture.Root);
        var seen = new System.Collections.Concurrent.ConcurrentBag<int>();
        var options = new LoaderOptions
        {
            ImageSize = 16,
            BatchSize = 4,
            Normalization = PixelNormalization.Identity,
            Preprocess = (record, image) =>
            {
                seen.Add(image.Width);
                var white = new GrayImage(image.Width, image.Height);
                Array.Fill(white.Pixels, 1f);
                return white;
            },
        };

        // When the first batch is loaded
        ImageBatch batch = new ImageBatchLoader(data, options).Epoch(0).First();

        // Then the hook saw original sizes (11..13 wide, not 16) and its output reached the batch
        Assert.All(seen, width => Assert.InRange(width, 11, 13));
        Assert.Equal(1f, batch.Pixels[8 * 16 + 8], 1e-5f);
    }

    [Fact]
    public void Should_name_the_file_when_an_image_cannot_be_loaded()
    {
        using var fixture = MuraFixture.Create();
        ImageDataSet data = DataSetOpener.Open(fixture.Root);
        File.WriteAllBytes(data.ResolvePath(data.Records[6]), [1, 2, 3]);
        var loader = new ImageBatchLoader(data, new LoaderOptions { ImageSize = 8, BatchSize = 4, Workers = 2 });
        var problem = Assert.Throws<ImageDecodeException>(() => loader.Epoch(0).ToList());
        Assert.Contains(data.Records[6].Path, problem.Message);
    }

    [Fact]
    public void Should_draw_both_classes_equally_when_class_balanced()
    {
        // Given 1 abnormal study among 10 normal images
        var studies = new List<FixtureStudy> { new("train", "XR_HAND", 1, 1, 1, 1), new("train", "XR_HAND", 2, 1, 0, 10) };
        using var fixture = MuraFixture.Create(studies);
        var options = new LoaderOptions { ImageSize = 8, BatchSize = 11, ClassBalanced = true, Seed = 3 };
        var loader = new ImageBatchLoader(DataSetOpener.Open(fixture.Root), options);

        // When drawing 20 epochs
        var labels = Enumerable.Range(0, 20).SelectMany(epoch => loader.Epoch(epoch).SelectMany(batch => batch.Labels)).ToList();

        // Then about half the draws are abnormal (binomial 220 draws: 0.5 ± 0.1 is over 3 standard deviations)
        Assert.InRange(labels.Average(), 0.4, 0.6);
    }

    [Fact]
    public void Should_drop_an_incomplete_last_batch_when_asked()
    {
        using var fixture = MuraFixture.Create();
        var loader = new ImageBatchLoader(DataSetOpener.Open(fixture.Root), new LoaderOptions { ImageSize = 8, BatchSize = 8, DropLast = true });
        Assert.Equal([8, 8], loader.Epoch(0).Select(batch => batch.Count));
    }
}
