using RadAudit.Core;
using RadAudit.Synthetic.Markers;

namespace RadAudit.Synthetic;

/// <summary>Parameters of a synthetic MURA-like data set (all written to synth.json).</summary>
public sealed record SynthesisOptions
{
    /// <summary>Studies in the train split.</summary>
    public int TrainStudies { get; init; } = 1000;

    /// <summary>Studies in the valid split.</summary>
    public int ValidStudies { get; init; } = 250;

    /// <summary>Seed: same seed and options → byte-identical files.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Confounding strength R in [0, 1] for train (and valid unless <see cref="ValidConfounding"/> is set); see <see cref="ConfoundingModel"/>.</summary>
    public double Confounding { get; init; } = ConfoundingModel.DefaultStrength;

    /// <summary>Confounding strength for valid in [−1, 1] (negative reverses the association); null = <see cref="Confounding"/>.</summary>
    public double? ValidConfounding { get; init; }

    /// <summary>Difficulty D in [0, 1]: 0 obvious findings, 0.5 default, 1 invisible (see <see cref="DifficultyModel"/>).</summary>
    public double Difficulty { get; init; } = DifficultyModel.DefaultDifficulty;

    /// <summary>Long side of every image in pixels (MURA: 512).</summary>
    public int MaxSize { get; init; } = 512;

    /// <summary>Study types to generate (MURA names); empty = all seven.</summary>
    public IReadOnlyList<string> BodyParts { get; init; } = RadAudit.Core.BodyParts.Mura;

    /// <summary>Fraction of images saved as RGB PNGs.</summary>
    public double RgbFraction { get; init; } = 0.04;

    /// <summary>Probability that a study is abnormal (the same for every body part so that image shape leaks nothing).</summary>
    public double AbnormalPrevalence { get; init; } = 0.4;

    /// <summary>Whether the burned-in labels are drawn. False gives radiographs with no labels at all (markers.csv
    /// has no boxes): the data `radaudit pretrain` learns anatomy from, so its weights carry no label shortcut.</summary>
    public bool DrawMarkers { get; init; } = true;

    /// <summary>Worker threads; 0 = all cores. Output does not depend on it.</summary>
    public int Threads { get; init; }

    /// <summary>The valid split's strength.</summary>
    public double EffectiveValidConfounding => ValidConfounding ?? Confounding;

    /// <summary>Throws a usage error (exit code 2) naming the bad option.</summary>
    public void Validate()
    {
        Require(TrainStudies >= 0 && ValidStudies >= 0 && TrainStudies + ValidStudies > 0, "the train and valid study counts must be ≥ 0 and not both 0.");
        Require(Confounding is >= 0 and <= 1, $"confounding {Confounding} is outside [0, 1].");
        Require(EffectiveValidConfounding is >= -1 and <= 1, $"valid-split confounding {EffectiveValidConfounding} is outside [-1, 1].");
        Require(Difficulty is >= 0 and <= 1, $"difficulty {Difficulty} is outside [0, 1].");
        Require(MaxSize is >= 64 and <= 4096, $"maximum image size {MaxSize} is outside [64, 4096].");
        Require(RgbFraction is >= 0 and <= 1 && AbnormalPrevalence is > 0 and < 1, "RGB fraction must be in [0, 1] and prevalence in (0, 1).");
        Require(BodyParts.Count > 0, "the body parts are none; name at least one of " + string.Join(",", RadAudit.Core.BodyParts.Mura) + ".");
        foreach (string part in BodyParts)
            Require(RadAudit.Core.BodyParts.IsMura(part), $"body part '{part}' is not a MURA study type; use {string.Join(",", RadAudit.Core.BodyParts.Mura)}.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new RadAuditException(message, 2, setting: Settings.Synthesis);
    }
}
