using BenchmarkDotNet.Attributes;
using RadAudit.Imaging;
using RadAudit.Imaging.Markers;
using RadAudit.Learning.Markers;

namespace RadAudit.Benchmarks;

/// <summary>
/// Label detection throughput on decoded 512-px radiographs (decoding excluded: it is the reader's cost), for the
/// rule-based detector and the learned one (shipped weights). Images come from a `radaudit synth` output named by
/// RADAUDIT_BENCH_SYNTH (its MURA-v1.1/train_image_paths.csv); one operation detects every loaded image, so
/// images/s = ImageCount / mean time. RADAUDIT_BENCH_DETECTOR_WEIGHTS, when set, names a weights file to time instead of
/// the shipped one (a candidate before it is embedded).
/// </summary>
[MemoryDiagnoser]
public class DetectionBenchmarks
{
    private readonly MarkerDetector _detector = new();
    private LearnedLabelDetector? _learned;
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
        _learned = Environment.GetEnvironmentVariable("RADAUDIT_BENCH_DETECTOR_WEIGHTS") is { Length: > 0 } weights
            ? LearnedLabelDetector.Load(weights)
            : LearnedLabelDetector.LoadShipped();
    }

    /// <summary>Releases the learned detector's network.</summary>
    [GlobalCleanup]
    public void Release() => _learned?.Dispose();

    /// <summary>
    /// The learned detector as `markers detect` runs it: batches of 16 (letterboxing and box decoding parallel over the
    /// batch's images, one forward pass per batch on libtorch's threads, 2 on the CI machine).
    /// </summary>
    [Benchmark]
    public int DetectLearned()
    {
        LearnedLabelDetector learned = _learned ?? throw new InvalidOperationException("GlobalSetup did not run.");
        int boxes = 0;
        for (int start = 0; start < _images.Count; start += learned.BatchSize)
            boxes += learned.Detect(_images.Skip(start).Take(_learned.BatchSize).Select(image => ("bench", image)).ToList()).Sum(result => result.Boxes.Count);
        return boxes;
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
