using RadAudit.Core;

namespace RadAudit.Learning.Markers;

/// <summary>Settings of <c>radaudit markers train-detector</c> (<see cref="DetectorTrainer"/>).</summary>
public sealed record DetectorTrainingOptions
{
    /// <summary>Training composites, generated once and kept in memory (about 115 KB each).</summary>
    public int Images { get; init; } = 4000;

    /// <summary>Further composites, of another seed, that the scores are calibrated on.</summary>
    /// <remarks>The box verifier's trees learn from these composites' candidates (about ten per image). Measured on the
    /// development hard set (seed 23) with the ft6 segmenter: 4,000 composites gave precision 0.927, recall 0.913;
    /// 8,000 gave 0.933, 0.923; with the glyph-group candidates 8,000 gave 0.916, 0.932, 16,000 0.930, 0.934 and
    /// 32,000 0.934, 0.935 (about 17 minutes on 2 cores, some 310,000 candidates).</remarks>
    public int CalibrationImages { get; init; } = 32000;

    /// <summary>Passes over the training composites.</summary>
    public int Epochs { get; init; } = 6;

    /// <summary>Composites per optimisation step.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Side of the square crops trained on (input pixels, a multiple of 16; the input's side trains on whole
    /// images). After training, batch-norm statistics are re-estimated on whole images.</summary>
    public int CropSize { get; init; } = 128;

    /// <summary>Of the crops not centred on a label (30 %), the share centred on a mimic: hardware, a ruler, a cast's or a
    /// holder's edge (mined negatives). 0 keeps the crops of the first shipped weights.</summary>
    public double MimicCropShare { get; init; }

    /// <summary>A weights file to start from instead of random weights (fine-tuning on new composites); null: from scratch.</summary>
    public string? StartFrom { get; init; }

    /// <summary>Adam's peak step size (cosine decay to a twentieth of it).</summary>
    public double LearningRate { get; init; } = 2e-3;

    /// <summary>Seed of the weights, the batch order and the augmentation.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>libtorch threads (null: libtorch's default).</summary>
    public int? Threads { get; init; }

    /// <summary>The segmenter's shape (its channels and kinds must match a file fine-tuned from).</summary>
    public LabelDetectorArchitecture Architecture { get; init; } = LabelDetectorArchitecture.Default;

    /// <summary>Side of the network input to train at (a multiple of 16); null: <see cref="Architecture"/>'s, or, when
    /// fine-tuning, the starting file's.</summary>
    public int? InputSize { get; init; }

    /// <summary>Recorded in the weights file: the command line that trained them.</summary>
    public string Command { get; init; } = "";

    /// <summary>Recorded in the weights file: what the training composites are.</summary>
    public string TrainingData { get; init; } = "";

    /// <summary>Recorded in the weights file: what the calibration composites are.</summary>
    public string CalibrationData { get; init; } = "";

    /// <summary>Throws a usage error naming the bad option.</summary>
    public void Validate()
    {
        if (Images is < 1 or > 30000) throw new RadAuditException($"--images {Images} is outside [1, 30000] (the composites are held in memory, 115 KB each).", 2);
        if (CalibrationImages < 1) throw new RadAuditException($"--calibration-images {CalibrationImages}: calibrate on at least one image.", 2);
        if (Epochs < 1) throw new RadAuditException($"--epochs {Epochs}: train for at least one epoch.", 2);
        if (BatchSize is < 1 or > 512) throw new RadAuditException($"--batch-size {BatchSize} is outside [1, 512].", 2);
        if (InputSize is { } side && !LabelDetectorArchitecture.IsUsableInputSize(side))
            throw new RadAuditException($"--input-size {side}: use a multiple of 16 in [32, 2048].", 2);
        if (CropSize < 16 || CropSize % 16 != 0) throw new RadAuditException($"--crop {CropSize}: use a multiple of 16, at least 16.", 2);
        if (LearningRate is <= 0 or > 1) throw new RadAuditException($"--lr {LearningRate} is outside (0, 1].", 2);
        if (MimicCropShare is < 0 or > 1) throw new RadAuditException($"--mimic-crops {MimicCropShare} is outside [0, 1].", 2);
        if (StartFrom is not null && !File.Exists(StartFrom))
            throw new RadAuditException($"--fine-tune-from {StartFrom}: no such weights file; give one written by `radaudit markers train-detector`.", 2);
    }
}
