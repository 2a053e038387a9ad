using BenchmarkDotNet.Attributes;
using RadAudit.Imaging;
using RadAudit.Imaging.Markers;

namespace RadAudit.Benchmarks;

/// <summary>
/// Marker detection throughput on decoded 512-px radiographs (decoding excluded: it is the reader's cost).
/// Images come from a `radaudit synth` output named by RADAUDIT_BENCH_SYNTH (its MURA-v1.1/train_image_paths.csv);
/// one operation detects every loaded image on 2 threads, so images/s = ImageCount / mean time.
/// </summary>
[MemoryDiagnoser]
public class DetectionBenchmarks
{
    private readonly MarkerDetector _detector = new();
    private List<GrayImage> _images = [];

    /// <summary>How many images one operation searches.</summary>
    [Params(200)]
    public int ImageCount { get; set; }

    /// <summary>Loads the images once.</summary>
    [GlobalSetup]
    public void Load()
    {
        string root = Environment.GetEnvironmentVariable("RADAUDIT_BENCH_SYNTH")
            ?? throw new InvalidOperationException("Set RADAUDIT_BENCH_SYNTH to a `radaudit synth --max-size 512` output folder.");
        _images = File.ReadLines(Path.Combine(root, "MURA-v1.1", "train_image_paths.csv"))
            .Take(ImageCount).Select(path => ImageCodec.Decode(Path.Combine(root, path))).ToList();
    }

    /// <summary>One thread, image after image.</summary>
    [Benchmark]
    public int DetectSequential()
    {
        int boxes = 0;
        foreach (GrayImage image in _images) boxes += _detector.Detect(image, "bench").Count;
        return boxes;
    }

    /// <summary>Two threads, as on the 2-core CI machine.</summary>
    [Benchmark]
    public int DetectTwoThreads()
    {
        int boxes = 0;
        Parallel.ForEach(_images, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            image => Interlocked.Add(ref boxes, _detector.Detect(image, "bench").Count));
        return boxes;
    }
}
