namespace RadAudit.Synthetic.Realism;

/// <summary>
/// The fixed hard benchmark set of issue #17, on which both label detectors are measured (docs/markers.md):
/// <c>radaudit synth --out HARD --preset hard-markers --seed 17 --train-studies 120 --valid-studies 0</c>, 318 images
/// of 512 px with markers.csv and mimics.csv. Nothing else may draw from its seed: the learned detector trains and
/// calibrates on other seeds.
/// </summary>
public static class HardBenchmarkSet
{
    /// <summary>The set's seed.</summary>
    public const long Seed = 17;

    /// <summary>Studies in its (only) train split.</summary>
    public const int Studies = 120;

    /// <summary>The documented command (DIR = HARD).</summary>
    public const string Command = "radaudit synth --out HARD --preset hard-markers --seed 17 --train-studies 120 --valid-studies 0";

    /// <summary>The options the command sets.</summary>
    public static SynthesisOptions Options { get; } = new()
    {
        TrainStudies = Studies,
        ValidStudies = 0,
        Seed = Seed,
        MarkerRealism = MarkerRealism.HardMarkers,
    };
}
