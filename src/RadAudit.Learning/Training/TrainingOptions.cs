namespace RadAudit.Learning.Training;

/// <summary>Everything that defines a training run; written resolved to <c>RUN/config.json</c>.</summary>
/// <remarks>Defaults follow MURA's protocol (Rajpurkar et al. 2017): Adam with learning rate 1e-4, batch 8,
/// learning rate divided by 10 when the selection loss plateaus, model selected on the lowest selection loss.</remarks>
public sealed record TrainingOptions
{
    /// <summary>Registry name of the architecture (<see cref="Models.ModelRegistry"/>).</summary>
    public string Architecture { get; init; } = "densenet-121";

    /// <summary>Side of the square model input in pixels (applied by the data loader; recorded here).</summary>
    public int ImageSize { get; init; } = 224;

    /// <summary>Images per optimisation step (applied by the data loader; recorded here).</summary>
    public int BatchSize { get; init; } = 8;

    /// <summary>Maximum number of epochs.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Adam's initial learning rate.</summary>
    public double LearningRate { get; init; } = 1e-4;

    /// <summary>Seed of weight initialisation and of every epoch's torch generator (the loader seeds shuffling).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>auto, cpu or cuda (<see cref="Runtime.ComputeDevice"/>).</summary>
    public string Device { get; init; } = "auto";

    /// <summary>Optional PyTorch weights (.pth state dict or .safetensors) to start from; the head is re-initialised.</summary>
    public string? PretrainedPath { get; init; }

    /// <summary>Clip the global gradient L2 norm to this value; null = no clipping.</summary>
    public double? GradientClipNorm { get; init; }

    /// <summary>Stop after this many epochs without a new best selection loss.</summary>
    public int EarlyStoppingPatience { get; init; } = 5;

    /// <summary>Epochs without improvement before the learning rate is multiplied by <see cref="PlateauFactor"/>.</summary>
    public int PlateauPatience { get; init; } = 1;

    /// <summary>Learning-rate factor on a plateau (MURA: 10× decay).</summary>
    public double PlateauFactor { get; init; } = 0.1;

    /// <summary>The learning rate never falls below this.</summary>
    public double MinimumLearningRate { get; init; } = 1e-7;

    /// <summary>Continue from <c>RUN/checkpoints/last.ckpt</c> when it exists.</summary>
    public bool Resume { get; init; }

    /// <summary>auto, channels-last or contiguous (<see cref="Models.MemoryLayoutNames"/>); the run folder records
    /// the resolved value.</summary>
    public string MemoryFormat { get; init; } = "auto";

    /// <summary>fp32 or bf16: the type convolutions compute in during training (<see cref="Models.ComputePrecision"/>).
    /// Checkpoints hold float32 weights either way; prediction and saliency run in float32.</summary>
    public string Precision { get; init; } = "fp32";

    /// <summary>Intra-op CPU threads for libtorch; null leaves libtorch's default.</summary>
    public int? Threads { get; init; }
}
