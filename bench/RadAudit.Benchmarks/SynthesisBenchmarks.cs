using BenchmarkDotNet.Attributes;
using RadAudit.Imaging;
using RadAudit.Synthetic;
using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Planning;
using RadAudit.Synthetic.Rendering;

namespace RadAudit.Benchmarks;

/// <summary>
/// Synthetic radiograph throughput: one image drawn and PNG-encoded (per-image cost; images/s on N cores is about
/// N × 1000 / mean ms), and a whole 96-image data set written with 2 threads (the 2-core target: ≥ 150 images/s at
/// 512 px). Run: dotnet run -c Release --project bench/RadAudit.Benchmarks -- --filter '*Synthesis*'
/// </summary>
[MemoryDiagnoser]
public class SynthesisBenchmarks
{
    private IReadOnlyList<ImagePlan> _plans = [];
    private SynthesisOptions _options = new();
    private string _output = "";
    private int _next;

    /// <summary>Long side of the images.</summary>
    [Params(320, 512)]
    public int MaxSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _options = new SynthesisOptions { TrainStudies = 36, ValidStudies = 0, MaxSize = MaxSize, Threads = 2 };
        _plans = StudyPlanner.Plan(_options, TechnologistRoster.Create(_options.Seed));
        _output = Path.Combine(Path.GetTempPath(), "radaudit-bench-synth-" + Guid.NewGuid().ToString("N")[..8]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_output)) Directory.Delete(_output, recursive: true);
    }

    /// <summary>Draws and encodes one image (cycling through body parts).</summary>
    [Benchmark]
    public int RenderAndEncodeOneImage()
    {
        ImagePlan plan = _plans[_next++ % _plans.Count];
        var rendered = RadiographRenderer.Render(plan, _options);
        return ImageCodec.EncodePng(rendered.Image, plan.SavedAsRgb, SyntheticMuraWriter.PngCompressionLevel, SyntheticMuraWriter.PngHuffmanOnly).Length;
    }

    /// <summary>Writes the whole set (about 96 images) with 2 threads, CSVs and manifest included.</summary>
    [Benchmark]
    public int WriteDataSetWithTwoThreads() =>
        SyntheticMuraWriter.Write(_output, _options, force: true).MarkerBoxes;
}
