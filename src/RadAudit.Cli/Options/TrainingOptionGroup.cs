using System.CommandLine;
using RadAudit.Data.Loading;
using RadAudit.Learning.Models;
using RadAudit.Learning.Training;

namespace RadAudit.Cli.Options;

/// <summary>
/// The options that shape training, shared by <c>train</c> and <c>audit</c> and declared once here with their
/// defaults (MURA's where it has one) and validation: architecture, image size, epochs, batch, learning rate,
/// pretrained weights, gradient clipping, patience, threads, loader workers, augmentation, and the device options.
/// </summary>
public sealed class TrainingOptionGroup
{
    /// <summary>--arch.</summary>
    public Option<string> Architecture { get; } = new Option<string>("--arch") { Description = "Model architecture (the study: densenet-121).", DefaultValueFactory = _ => "densenet-121" }
        .AcceptOnlyFromAmong([.. ModelRegistry.Names]);

    /// <summary>--image-size.</summary>
    public Option<int> ImageSize { get; } = Positive(new Option<int>("--image-size") { Description = "Square input side in pixels.", DefaultValueFactory = _ => 224 }, 16);

    /// <summary>--epochs.</summary>
    public Option<int> Epochs { get; } = Positive(new Option<int>("--epochs") { Description = "Maximum epochs (per condition in an audit).", DefaultValueFactory = _ => 10 }, 1);

    /// <summary>--batch-size.</summary>
    public Option<int> BatchSize { get; } = Positive(new Option<int>("--batch-size") { Description = "Images per step (MURA: 8).", DefaultValueFactory = _ => 8 }, 1);

    /// <summary>--lr.</summary>
    public Option<double> LearningRate { get; } = new("--lr") { Description = "Adam learning rate (MURA: 1e-4).", DefaultValueFactory = _ => 1e-4 };

    /// <summary>--pretrained.</summary>
    public Option<string?> Pretrained { get; } = new("--pretrained") { Description = "PyTorch weights (.pth state dict or .safetensors) to start from; head re-initialised." };

    /// <summary>--grad-clip.</summary>
    public Option<double?> GradientClip { get; } = new("--grad-clip") { Description = "Clip the gradient L2 norm to this value." };

    /// <summary>--patience.</summary>
    public Option<int> Patience { get; } = Positive(new Option<int>("--patience") { Description = "Early stopping: epochs without a better selection loss.", DefaultValueFactory = _ => 5 }, 1);

    /// <summary>--threads.</summary>
    public Option<int?> Threads { get; } = new("--threads") { Description = "libtorch CPU threads (default: libtorch's choice)." };

    /// <summary>--workers.</summary>
    public Option<int> Workers { get; } = new("--workers") { Description = "Image loading threads.", DefaultValueFactory = _ => LoaderOptions.DefaultWorkers };

    /// <summary>--no-augment.</summary>
    public Option<bool> NoAugment { get; } = new("--no-augment") { Description = "Train without random augmentation." };

    /// <summary>--device, --memory-format, --precision.</summary>
    public DeviceOptions Device { get; } = new(training: true);

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { Architecture, ImageSize, Epochs, BatchSize, LearningRate, Pretrained, GradientClip, Patience, Threads, Workers, NoAugment })
            command.Options.Add(option);
        Device.AddTo(command);
    }

    /// <summary>The training options the parse gives, with <paramref name="seed"/> and <paramref name="resume"/>.</summary>
    public TrainingOptions Read(ParseResult parse, int seed, bool resume = false) => new()
    {
        Architecture = parse.GetValue(Architecture)!,
        ImageSize = parse.GetValue(ImageSize),
        Epochs = parse.GetValue(Epochs),
        BatchSize = parse.GetValue(BatchSize),
        LearningRate = parse.GetValue(LearningRate),
        Seed = seed,
        Device = parse.GetValue(Device.Device)!,
        MemoryFormat = parse.GetValue(Device.MemoryFormat)!,
        Precision = parse.GetValue(Device.Precision)!,
        PretrainedPath = parse.GetValue(Pretrained),
        GradientClipNorm = parse.GetValue(GradientClip),
        EarlyStoppingPatience = parse.GetValue(Patience),
        Threads = parse.GetValue(Threads),
        Resume = resume,
    };

    private static Option<int> Positive(Option<int> option, int least)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < least) result.AddError($"{option.Name}: give at least {least}.");
        });
        return option;
    }
}
