using System.CommandLine;
using RadAudit.Audit;
using RadAudit.Core.Scoring;
using RadAudit.Learning.Models;

namespace RadAudit.Cli.Options;

/// <summary>
/// A trained model of any kind RadAudit can audit: <c>--model</c> (a run folder, a state dict or an ONNX file) with
/// <c>--checkpoint</c>, and what a file may not say: <c>--arch</c>, <c>--image-size</c>, <c>--head</c>,
/// <c>--input-channels</c>, <c>--normalise</c>.
/// </summary>
public sealed class ScoringModelOptions
{
    /// <summary>--model and --checkpoint.</summary>
    public ModelOptions Model { get; } = new(
        "The model: a run folder written by radaudit train, a PyTorch state dict (.pth, .pt, .safetensors; with --arch and --image-size) or an ONNX file (.onnx).");

    /// <summary>--arch: a state dict's architecture.</summary>
    public Option<string?> Architecture { get; } = new Option<string?>("--arch") { Description = "A state dict's architecture (torchvision names)." }
        .AcceptOnlyFromAmong([.. ModelRegistry.Names]);

    /// <summary>--image-size: a state dict's input side (an ONNX file's when its graph leaves it open).</summary>
    public Option<int?> ImageSize { get; } = new("--image-size") { Description = "Input side in pixels the model was trained at (state dicts; ONNX files with a dynamic size)." };

    /// <summary>--head logit|softmax2.</summary>
    public Option<string?> Head { get; } = new Option<string?>("--head") { Description = "How the outputs give the abnormality logit: logit (one output) or softmax2 (two class logits, abnormal = class 1). Detected when possible." }
        .AcceptOnlyFromAmong([.. ClassifierHeads.Names]);

    /// <summary>--input-channels 1|3.</summary>
    public Option<int?> Channels { get; } = new Option<int?>("--input-channels") { Description = "Input channels: 1, or 3 (the gray image repeated). State dicts: 3; ONNX: read from the graph." }
        .AcceptOnlyFromAmong("1", "3");

    /// <summary>--normalise.</summary>
    public Option<string?> Normalise { get; } = new("--normalise")
    {
        Description = "Pixel normalisation: radaudit, imagenet, unit, symmetric, or MEAN[,MEAN,MEAN]/STD[,STD,STD]. Default: a run's own; a state dict's imagenet; an ONNX file's metadata, else imagenet.",
    };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        Model.AddTo(command);
        foreach (Option option in new Option[] { Architecture, ImageSize, Head, Channels, Normalise }) command.Options.Add(option);
        command.Validators.Add(result =>
        {
            if (result.GetValue(ImageSize) is int size && size < 16) result.AddError("--image-size: give 16 or more.");
            if (result.GetValue(Normalise) is string text)
            {
                try { InputNormalisation.Parse(text); }
                catch (Core.RadAuditException problem) { result.AddError($"--normalise: {problem.Message}"); }
            }
        });
    }

    /// <summary>What the options name, for <see cref="ModelSource.Open"/>.</summary>
    public ModelSourceOptions Read(ParseResult parse, string device) => new(parse.GetValue(Model.Model)!, parse.GetValue(Model.Checkpoint)!,
        parse.GetValue(Architecture), parse.GetValue(ImageSize), parse.GetValue(Head), parse.GetValue(Channels),
        parse.GetValue(Normalise) is string text ? InputNormalisation.Parse(text) : null, device);
}
