using BenchmarkDotNet.Attributes;
using RadAudit.Data.Loading;
using RadAudit.Data.Sets;

namespace RadAudit.Benchmarks;

/// <summary>
/// One loader epoch over 256 PNGs of 512 px, at 224 and 320 px, single-threaded (Workers = 0, the baseline)
/// against 2 workers. Images/s = 256 / mean time. Run:
/// <c>dotnet run -c Release --project bench/RadAudit.Benchmarks -- --filter '*LoaderBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class LoaderBenchmarks
{
    private const int Images = 256;
    private ImageDataSet _data = null!;

    /// <summary>Model input side.</summary>
    [Params(224, 320)]
    public int ImageSize { get; set; }

    /// <summary>0 = caller's thread (baseline), 2 = two worker threads.</summary>
    [Params(0, 2)]
    public int Workers { get; set; }

    /// <summary>Writes (once) and opens the image folder.</summary>
    [GlobalSetup]
    public void Setup() => _data = DataSetOpener.OpenImageFolder(LoaderImageFolder.Ensure(Images));

    /// <summary>A full epoch with shuffling, no augmentation.</summary>
    [Benchmark]
    public int Epoch()
    {
        var loader = new ImageBatchLoader(_data, new LoaderOptions { ImageSize = ImageSize, BatchSize = 32, Workers = Workers, Shuffle = true });
        int count = 0;
        foreach (ImageBatch batch in loader.Epoch(0)) count += batch.Count;
        return count;
    }
}
