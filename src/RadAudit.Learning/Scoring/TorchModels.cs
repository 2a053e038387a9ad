using RadAudit.Core;
using RadAudit.Core.Scoring;
using RadAudit.Learning.Models;
using RadAudit.Learning.Models.Pretrained;
using RadAudit.Learning.Prediction;
using RadAudit.Learning.Runtime;
using TorchSharp;

namespace RadAudit.Learning.Scoring;

/// <summary>Opens the TorchSharp models an audit can be given: a RadAudit run folder, or a PyTorch state dict of a
/// registered architecture.</summary>
public static class TorchModels
{
    /// <summary>A run folder's checkpoint: 1-channel input at the run's size, RadAudit's normalisation, exactly as
    /// <c>radaudit predict</c> scores (the same numbers).</summary>
    public static TorchScoringModel OpenRun(string runFolder, string checkpoint = "best", string device = "auto")
    {
        Predictor predictor = Predictor.Open(runFolder, checkpoint, device);
        var options = predictor.Configuration.Options;
        var info = new ScoringModelInfo("run", Path.GetFullPath(runFolder), options.Architecture, ClassifierHeads.Logit, Runtime(),
            Gradients: true)
        { Notes = [$"checkpoint {checkpoint} ({predictor.CheckpointPath})"] };
        return new TorchScoringModel(predictor.Model, ComputeDevice.Resolve(device),
            new ModelInput(options.ImageSize, 1, InputNormalisation.RadAudit), info, predictor);
    }

    /// <summary>
    /// A whole trained classifier saved as a state dict with torchvision's names (<c>torch.save(model.state_dict())</c>),
    /// head included (<see cref="PretrainedWeights.LoadClassifier"/>).
    /// </summary>
    /// <param name="path">The .pth/.pt or .safetensors file.</param>
    /// <param name="architecture">A registered architecture (<see cref="ModelRegistry.Names"/>).</param>
    /// <param name="imageSize">The input side the model was trained at.</param>
    /// <param name="head">logit or softmax2; null detects it from the file.</param>
    /// <param name="channels">1, or 3 (default: torchvision models take RGB, the gray image repeated).</param>
    /// <param name="normalisation">Pixel normalisation; null is ImageNet's, torchvision's usual.</param>
    /// <param name="device">auto, cpu or cuda.</param>
    public static TorchScoringModel OpenStateDict(string path, string architecture, int imageSize, string? head = null, int channels = 3,
        InputNormalisation? normalisation = null, string device = "auto")
    {
        if (channels is not (1 or 3))
            throw new RadAuditException($"a {architecture} model takes 1 or 3 input channels, not {channels}.", exitCode: 2, setting: Settings.InputChannels);
        ArgumentOutOfRangeException.ThrowIfLessThan(imageSize, 32);
        InputNormalisation used = normalisation ?? InputNormalisation.ImageNet;
        if (!used.Fits(channels))
            throw new RadAuditException($"normalisation {used} has values for {used.Mean.Count} channels, the model takes {channels}.",
                exitCode: 2, setting: Settings.Normalisation);
        NativeHeapTuning.EnsureApplied();
        AbnormalityClassifier model = ModelRegistry.Create(architecture);
        try
        {
            var (report, read) = PretrainedWeights.LoadClassifier(model, path, head);
            var resolved = ComputeDevice.Resolve(device);
            model.to(resolved);
            model.UseLayout(MemoryLayoutNames.Resolve("auto", model.Architecture));
            model.eval();
            var notes = new List<string> { $"loaded {report.Loaded} entries" };
            if (head is null) notes.Add($"head {read} detected from the file");
            if (normalisation is null) notes.Add($"normalisation not given: {used} assumed (torchvision's)");
            var info = new ScoringModelInfo("state-dict", Path.GetFullPath(path), model.Architecture, read, Runtime(), Gradients: true) { Notes = notes };
            return new TorchScoringModel(model, resolved, new ModelInput(imageSize, channels, used), info);
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    private static string Runtime()
    {
        TorchRuntimeInfo runtime = TorchRuntimeInfo.Collect();
        return $"TorchSharp {runtime.TorchSharpVersion}, libtorch {runtime.LibTorchVersion}";
    }
}
