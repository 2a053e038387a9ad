using RadAudit.Learning.Markers;
using RadAudit.Synthetic;
using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Planning;
using RadAudit.Synthetic.Realism;
using RadAudit.Synthetic.Rendering;

namespace RadAudit.Cli.Verbs.Markers;

/// <summary>
/// Synthetic composites for the learned detector, drawn on demand by index: hard-markers images, with a share of the
/// default generator's markers so the detector stays exact on the demo's data. The seeds are 1000 + 2S (training)
/// and 1001 + 2S (calibration) for <c>--seed S ≥ 0</c>, so neither ever meets the hard benchmark set's seed (17).
/// </summary>
internal sealed class SyntheticDetectorSamples
{
    private readonly IReadOnlyList<ImagePlan> _plans;
    private readonly SynthesisOptions _realistic;
    private readonly SynthesisOptions _default;
    private readonly double _defaultShare;

    /// <summary>Plans <paramref name="count"/> 512-px images drawn with <paramref name="seed"/>.</summary>
    public SyntheticDetectorSamples(long seed, int count, double defaultShare)
    {
        if (seed == HardBenchmarkSet.Seed)
            throw new InvalidOperationException($"seed {seed} is the hard benchmark set's; training on it would leak the benchmark.");
        _default = new SynthesisOptions { TrainStudies = count, ValidStudies = 0, Seed = seed };
        _realistic = _default with { MarkerRealism = MarkerRealism.HardMarkers };
        _plans = StudyPlanner.Plan(_default, TechnologistRoster.Create(seed)).Take(count).ToList();
        _defaultShare = defaultShare;
        Seed = seed;
    }

    /// <summary>The synthesis seed.</summary>
    public long Seed { get; }

    /// <summary>The training composites' seed for <c>--seed</c> <paramref name="seed"/>.</summary>
    public static long TrainingSeed(long seed) => 1000 + 2 * seed;

    /// <summary>The calibration composites' seed for <c>--seed</c> <paramref name="seed"/>.</summary>
    public static long CalibrationSeed(long seed) => 1001 + 2 * seed;

    /// <summary>What the composites are, for the weights file.</summary>
    public string Describe() => $"radaudit synth images, generator {SyntheticMuraIndex.GeneratorVersion}, seed {Seed}, 512 px: preset hard-markers, " +
        $"{_defaultShare:0.##} of them the default markers instead";

    /// <summary>Whether image <paramref name="index"/> gets the default markers (a golden-ratio sequence: evenly spread).</summary>
    public bool IsDefault(int index) => (index * 0.6180339887498949) % 1.0 < _defaultShare;

    /// <summary>Composite <paramref name="index"/> (thread-safe, the same every time).</summary>
    public DetectorSample Draw(int index)
    {
        RenderedRadiograph rendered = RadiographRenderer.Render(_plans[index % _plans.Count], IsDefault(index) ? _default : _realistic);
        return new DetectorSample(rendered.Image, rendered.Markers.Select(marker => marker.Bounds.ToLabelBox("", marker.Kind)).ToList())
        {
            Mimics = rendered.Mimics.Select(mimic => mimic.Bounds.ToLabelBox("", mimic.Kind)).ToList(),
        };
    }
}
