using RadAudit.Core;

namespace RadAudit.Synthetic.Realism;

/// <summary>
/// Opt-in controls that make burned-in markers, collimation and foreign objects look like those on real
/// radiographs (measured in shared/reference/real-markers.md; issue #17). Every value is a probability per image
/// unless its name says otherwise. Null on <see cref="SynthesisOptions.MarkerRealism"/> keeps the default
/// generator, whose output is byte-identical to generator 1.1.
/// </summary>
/// <remarks>All realism draws come from an image's own second random stream, so one control changes only what it
/// controls' draws reach, and the default path consumes nothing from it.</remarks>
public sealed record MarkerRealism
{
    /// <summary>Name recorded in synth.json (a preset's name, or "custom").</summary>
    public string Name { get; init; } = "custom";

    /// <summary>The image carries no marker at all (it may still carry mimics).</summary>
    public double NoMarkerChance { get; init; }

    /// <summary>The letters are dim: 0.75–0.95 of the anatomy's brightest pixels (real: a quarter below 0.9).</summary>
    public double DimLetterChance { get; init; }

    /// <summary>The letters are mid-grey: 0.45–0.75 of the anatomy's brightest pixels (real: a tenth below 0.65).</summary>
    public double MidGreyLetterChance { get; init; }

    /// <summary>The marker sits in a lighter rectangle (its holder), 0.05–0.2 brighter than the margin.</summary>
    public double HolderChance { get; init; }

    /// <summary>A ring around the letter, whatever the technologist's style says.</summary>
    public double RingChance { get; init; }

    /// <summary>A circle beside the letter (part of the laterality marker's box).</summary>
    public double CircleBesideChance { get; init; }

    /// <summary>Initials on two lines (one initials box spans both).</summary>
    public double TwoLineInitialsChance { get; init; }

    /// <summary>Initials cut from thick lead with letters so close that they merge into one blob.</summary>
    public double MergedInitialsChance { get; init; }

    /// <summary>A burned-in word beside the marker ("PA", "LAT", …; kind text).</summary>
    public double WordChance { get; init; }

    /// <summary>A burned-in number beside the marker (1–4 digits; kind text).</summary>
    public double DigitsChance { get; init; }

    /// <summary>The marker is turned to any angle (film rotated), not the technologist's usual one.</summary>
    public double FreeRotationChance { get; init; }

    /// <summary>Letter height multiplier range, low end (the technologist's height times U(low, high)).</summary>
    public double SizeLow { get; init; } = 1;

    /// <summary>Letter height multiplier range, high end.</summary>
    public double SizeHigh { get; init; } = 1;

    /// <summary>The marker is cut by the image border or by the collimation field, whichever it meets first.</summary>
    public double CutChance { get; init; }

    /// <summary>The collimation field is a rectangle rotated 3–25°.</summary>
    public double RotatedFieldChance { get; init; }

    /// <summary>The collimation field is an oblique quadrilateral.</summary>
    public double ObliqueFieldChance { get; init; }

    /// <summary>The collimation field is an axis-aligned inset rectangle.</summary>
    public double InsetFieldChance { get; init; }

    /// <summary>A collimated image shows a long bright line along the field's edges.</summary>
    public double BrightEdgeChance { get; init; }

    /// <summary>The export has its own window and gamma (letters may come out mid-grey, margins lifted).</summary>
    public double WindowChance { get; init; }

    /// <summary>The export window saturates bone, so cortical bone is as bright as the letters.</summary>
    public double BrightBoneChance { get; init; }

    /// <summary>An orthopaedic plate with screws, or a wire, on a bone (whatever the study's label).</summary>
    public double PlateChance { get; init; }

    /// <summary>2–4 loose screws on the bones.</summary>
    public double ScrewChance { get; init; }

    /// <summary>A plaster cast around the limb.</summary>
    public double CastChance { get; init; }

    /// <summary>A radiopaque ruler's tick marks along an edge.</summary>
    public double RulerChance { get; init; }

    /// <summary>An empty holder (the lighter rectangle without letters) in a corner.</summary>
    public double EmptyHolderChance { get; init; }

    /// <summary>
    /// The preset of the hard benchmark set and of the learned detector's training composites: every control on, at
    /// rates chosen so that the measured real distributions are covered (docs/synthetic-data.md).
    /// </summary>
    public static MarkerRealism HardMarkers { get; } = new()
    {
        Name = "hard-markers",
        NoMarkerChance = 0.1,
        DimLetterChance = 0.25,
        MidGreyLetterChance = 0.2,
        HolderChance = 0.55,
        RingChance = 0.3,
        CircleBesideChance = 0.12,
        TwoLineInitialsChance = 0.2,
        MergedInitialsChance = 0.25,
        WordChance = 0.2,
        DigitsChance = 0.15,
        FreeRotationChance = 0.2,
        SizeLow = 0.7,
        SizeHigh = 1.5,
        CutChance = 0.15,
        RotatedFieldChance = 0.3,
        ObliqueFieldChance = 0.2,
        InsetFieldChance = 0.2,
        BrightEdgeChance = 0.6,
        WindowChance = 0.5,
        BrightBoneChance = 0.2,
        PlateChance = 0.25,
        ScrewChance = 0.15,
        CastChance = 0.12,
        RulerChance = 0.1,
        EmptyHolderChance = 0.1,
    };

    /// <summary>The presets by name (<c>radaudit synth --preset NAME</c>).</summary>
    public static IReadOnlyDictionary<string, MarkerRealism> Presets { get; } =
        new Dictionary<string, MarkerRealism>(StringComparer.OrdinalIgnoreCase) { [HardMarkers.Name] = HardMarkers };

    /// <summary>The preset called <paramref name="name"/>.</summary>
    /// <exception cref="RadAuditException">No such preset (usage error naming the valid ones).</exception>
    public static MarkerRealism Preset(string name) => Presets.TryGetValue(name.Trim(), out MarkerRealism? preset)
        ? preset
        : throw new RadAuditException($"--preset {name}: unknown preset; use one of {string.Join(", ", Presets.Keys)}.", 2);

    /// <summary>Throws a usage error naming the first control outside its range.</summary>
    public void Validate()
    {
        foreach (var (name, value) in Probabilities())
            if (value is < 0 or > 1 || double.IsNaN(value))
                throw new RadAuditException($"marker realism: {name} = {value} is not a probability in [0, 1].", 2);
        if (SizeLow is <= 0 or > 4 || SizeHigh < SizeLow || SizeHigh > 4)
            throw new RadAuditException($"marker realism: size range {SizeLow}–{SizeHigh} must satisfy 0 < low ≤ high ≤ 4.", 2);
        if (RotatedFieldChance + ObliqueFieldChance + InsetFieldChance > 1)
            throw new RadAuditException("marker realism: the rotated, oblique and inset field chances add up to more than 1.", 2);
        if (DimLetterChance + MidGreyLetterChance > 1)
            throw new RadAuditException("marker realism: the dim and mid-grey letter chances add up to more than 1.", 2);
    }

    private IEnumerable<(string Name, double Value)> Probabilities() =>
    [
        (nameof(NoMarkerChance), NoMarkerChance), (nameof(DimLetterChance), DimLetterChance), (nameof(MidGreyLetterChance), MidGreyLetterChance),
        (nameof(HolderChance), HolderChance), (nameof(RingChance), RingChance), (nameof(CircleBesideChance), CircleBesideChance),
        (nameof(TwoLineInitialsChance), TwoLineInitialsChance), (nameof(MergedInitialsChance), MergedInitialsChance),
        (nameof(WordChance), WordChance), (nameof(DigitsChance), DigitsChance), (nameof(FreeRotationChance), FreeRotationChance),
        (nameof(CutChance), CutChance), (nameof(RotatedFieldChance), RotatedFieldChance), (nameof(ObliqueFieldChance), ObliqueFieldChance),
        (nameof(InsetFieldChance), InsetFieldChance), (nameof(BrightEdgeChance), BrightEdgeChance), (nameof(WindowChance), WindowChance),
        (nameof(BrightBoneChance), BrightBoneChance), (nameof(PlateChance), PlateChance), (nameof(ScrewChance), ScrewChance),
        (nameof(CastChance), CastChance), (nameof(RulerChance), RulerChance), (nameof(EmptyHolderChance), EmptyHolderChance),
    ];
}
