using RadAudit.Core;
using RadAudit.Core.Scoring;
using RadAudit.Learning.Scoring;
using RadAudit.Onnx;

namespace RadAudit.Audit;

/// <summary>How a model to audit is named: its path, and what the file does not say.</summary>
/// <param name="Path">A RadAudit run folder, a state dict (.pth, .pt, .safetensors) or an ONNX file (.onnx).</param>
/// <param name="Checkpoint">A run folder's checkpoint (best or last).</param>
/// <param name="Architecture">A state dict's architecture (a registered name).</param>
/// <param name="ImageSize">A state dict's input side; an ONNX file's when its graph leaves it open.</param>
/// <param name="Head">logit or softmax2; detected when null.</param>
/// <param name="Channels">Input channels (state dict: default 3; ONNX: from the graph).</param>
/// <param name="Normalisation">Pixel normalisation (state dict: ImageNet by default; ONNX: the model's metadata, else ImageNet).</param>
/// <param name="Device">auto, cpu or cuda (TorchSharp models; ONNX runs on the CPU).</param>
public sealed record ModelSourceOptions(string Path, string Checkpoint = "best", string? Architecture = null, int? ImageSize = null,
    string? Head = null, int? Channels = null, InputNormalisation? Normalisation = null, string Device = "auto");

/// <summary>Opens the model a model audit is given, whatever its kind.</summary>
public static class ModelSource
{
    /// <summary>Extensions read as PyTorch state dicts.</summary>
    public static IReadOnlyList<string> StateDictExtensions { get; } = [".pth", ".pt", ".safetensors"];

    /// <summary>The kind <paramref name="path"/> names: run, state-dict or onnx.</summary>
    /// <exception cref="RadAuditException">It is none of them.</exception>
    public static string KindOf(string path)
    {
        if (Directory.Exists(path))
            return File.Exists(System.IO.Path.Combine(path, "config.json")) ? "run"
                : throw new RadAuditException($"{path}: a folder without config.json; a model folder must be a run written by radaudit train.", setting: Settings.Model);
        string extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".onnx") return "onnx";
        if (StateDictExtensions.Contains(extension)) return "state-dict";
        throw new RadAuditException(
            $"{path}: not a model RadAudit can open; give a run folder, a state dict ({string.Join(", ", StateDictExtensions)}) or an ONNX file (.onnx).",
            setting: Settings.Model);
    }

    /// <summary>Opens the model; the caller disposes it.</summary>
    public static IScoringModel Open(ModelSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (KindOf(options.Path))
        {
            case "run":
                return TorchModels.OpenRun(options.Path, options.Checkpoint, options.Device);
            case "onnx":
                return OnnxScoringModel.Open(options.Path, new OnnxModelOptions(options.ImageSize, options.Channels, options.Normalisation, options.Head));
            default:
                if (!File.Exists(options.Path))
                    throw new RadAuditException($"{options.Path}: file not found.", setting: Settings.Model);
                string architecture = options.Architecture ?? throw new RadAuditException(
                    $"{options.Path}: a state dict does not say its architecture; name it ({string.Join(", ", Learning.Models.ModelRegistry.Names)}).",
                    exitCode: 2, setting: Settings.Architecture);
                int size = options.ImageSize ?? throw new RadAuditException(
                    $"{options.Path}: a state dict does not say the input side it was trained at; name it (e.g. 224).", exitCode: 2, setting: Settings.ImageSize);
                return TorchModels.OpenStateDict(options.Path, architecture, size, options.Head, options.Channels ?? 3, options.Normalisation, options.Device);
        }
    }
}
