using System.Collections;
using System.Text.RegularExpressions;
using RadAudit.Core;
using RadAudit.Core.Scoring;
using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace RadAudit.Learning.Models.Pretrained;

/// <summary>
/// Loads PyTorch weights the user brings (<c>--pretrained FILE</c>: a <c>torch.save</c>d state dict, .pth/.pt, or
/// .safetensors) into a RadAudit model by name, through TorchSharp.PyBridge. Nothing is ever downloaded.
/// </summary>
/// <remarks>
/// The head is never loaded and starts at zero (ImageNet's 1000-class head does not fit one logit; zero as in BiT,
/// see <see cref="AbnormalityClassifier.ZeroHead"/>). Old
/// torchvision DenseNet files name layers <c>norm.1</c>/<c>conv.2</c>; they are mapped to <c>norm1</c>/<c>conv2</c>
/// as torchvision itself does. Entries that do not fit are reported, never silently dropped.
/// </remarks>
public static partial class PretrainedWeights
{
    /// <summary>Copies the matching entries of <paramref name="path"/> into <paramref name="model"/> (on the CPU).</summary>
    /// <exception cref="RadAuditException">The file is missing, unreadable, or matches nothing.</exception>
    public static PretrainedLoadReport Load(AbnormalityClassifier model, string path)
    {
        if (BuiltInWeights.IsBuiltIn(path)) return LoadBuiltIn(model, path);
        Dictionary<string, Tensor> source = Read(path);
        try
        {
            PretrainedLoadReport report = CopyBackbone(model, path, source);
            model.ZeroHead();
            return report;
        }
        finally
        {
            foreach (Tensor tensor in source.Values) tensor.Dispose();
        }
    }

    /// <summary>
    /// Loads a whole trained classifier from <paramref name="path"/> (a torchvision-named state dict of
    /// <paramref name="model"/>'s architecture), head included: a one-logit head (<see cref="ClassifierHeads.Logit"/>)
    /// as it is, a two-class head (<see cref="ClassifierHeads.Softmax2"/>, abnormal = class 1) as the one logit
    /// l₁ − l₀ (weights w₁ − w₀, bias b₁ − b₀), which gives the same probability of abnormal.
    /// </summary>
    /// <param name="model">A freshly built model of the file's architecture (on the CPU).</param>
    /// <param name="path">The .pth/.pt or .safetensors state dict.</param>
    /// <param name="head">The head to expect; null detects it from the file's head (1 or 2 outputs).</param>
    /// <returns>What was loaded and the head that was read.</returns>
    /// <exception cref="RadAuditException">The backbone does not match exactly, or the head is missing or does not fit.</exception>
    public static (PretrainedLoadReport Report, string Head) LoadClassifier(AbnormalityClassifier model, string path, string? head = null)
    {
        Dictionary<string, Tensor> source = Read(path);
        try
        {
            PretrainedLoadReport report = CopyBackbone(model, path, source);
            if (!report.IsExactBackboneMatch)
                throw new RadAuditException(
                    $"{path}: the file is not a whole {model.Architecture} model ({report.Summary()}); an audit needs every weight of the trained model.",
                    setting: Settings.Model);
            string read = CopyHead(model, path, source, head);
            return (report with { HeadReinitialised = [] }, read);
        }
        finally
        {
            foreach (Tensor tensor in source.Values) tensor.Dispose();
        }
    }

    private static PretrainedLoadReport CopyBackbone(AbnormalityClassifier model, string path, Dictionary<string, Tensor> source)
    {
        Dictionary<string, Tensor> target = model.state_dict();
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        var head = new List<string>();
        var unexpected = new List<string>();
        var mismatched = new List<string>();
        using (torch.no_grad())
        {
            foreach ((string fileKey, Tensor value) in source)
            {
                string name = LegacyDenseNetKey().Replace(fileKey, "$1$2");
                if (name.StartsWith(model.HeadPrefix, StringComparison.Ordinal)) head.Add(name);
                else if (!target.TryGetValue(name, out Tensor? slot)) unexpected.Add(fileKey);
                else if (!slot.shape.SequenceEqual(value.shape))
                    mismatched.Add($"{name}: file [{string.Join(",", value.shape)}] vs model [{string.Join(",", slot.shape)}]");
                else
                {
                    slot.copy_(value);
                    loaded.Add(name);
                }
            }
        }
        string[] missing = target.Keys.Where(key => !loaded.Contains(key) && !key.StartsWith(model.HeadPrefix, StringComparison.Ordinal)).ToArray();
        if (loaded.Count == 0)
            throw new RadAuditException(
                $"{path}: no entry matches a {model.Architecture} model (first file keys: {string.Join(", ", source.Keys.Take(3))}). " +
                $"Pass weights of the same architecture, e.g. torchvision's state dict of {model.Architecture}.", setting: Settings.Pretrained);
        return new PretrainedLoadReport(path, loaded.Count, missing, unexpected, mismatched, head);
    }

    private static string CopyHead(AbnormalityClassifier model, string path, Dictionary<string, Tensor> source, string? expected)
    {
        string weightKey = model.HeadPrefix + "weight", biasKey = model.HeadPrefix + "bias";
        if (!source.TryGetValue(weightKey, out Tensor? weight) || !source.TryGetValue(biasKey, out Tensor? bias))
            throw new RadAuditException($"{path}: the file has no classification head ({weightKey}, {biasKey}); an audit needs the trained model, head included.",
                setting: Settings.Model);
        long outputs = weight.shape[0];
        string head = expected is null
            ? ClassifierHeads.ForOutputs(outputs) ?? throw new RadAuditException(
                $"{path}: the head has {outputs} outputs; an abnormality classifier has 1 (a logit) or 2 (class logits, abnormal = class 1).", setting: Settings.Head)
            : ClassifierHeads.Parse(expected);
        if (ClassifierHeads.Outputs(head) != outputs)
            throw new RadAuditException($"{path}: the head has {outputs} output(s), head {head} reads {ClassifierHeads.Outputs(head)}.", exitCode: 2, setting: Settings.Head);
        Dictionary<string, Tensor> target = model.state_dict();
        using (torch.no_grad())
        {
            if (outputs == 1)
            {
                target[weightKey].copy_(weight);
                target[biasKey].copy_(bias);
            }
            else
            {
                // l1 − l0 as add with alpha −1: a Scalar held for the block (see Runtime/HeldScalars).
                using Scalar minusOne = (-1).ToScalar();
                using Tensor weightDifference = weight[1].add(weight[0], minusOne);
                using Tensor biasDifference = bias[1].add(bias[0], minusOne);
                target[weightKey].copy_(weightDifference.unsqueeze(0));
                target[biasKey].copy_(biasDifference.reshape(1));
            }
        }
        return head;
    }

    private static PretrainedLoadReport LoadBuiltIn(AbnormalityClassifier model, string name)
    {
        if (name != BuiltInWeights.SyntheticAnatomy)
            throw new RadAuditException($"pretrained weights {name}: RadAudit ships no such weights; the built-in ones are {BuiltInWeights.SyntheticAnatomy}.",
                2, setting: Settings.Pretrained);
        if (model.Architecture != BuiltInWeights.SyntheticAnatomyArchitecture)
            throw new RadAuditException($"pretrained weights {name} fit {BuiltInWeights.SyntheticAnatomyArchitecture}, not {model.Architecture}: " +
                $"choose {BuiltInWeights.SyntheticAnatomyArchitecture} or give weights of {model.Architecture}.", 2, setting: Settings.Pretrained);
        string file = BuiltInWeights.Resolve(name);
        if (!File.Exists(file))
            throw new RadAuditException($"pretrained weights {name}: {file} is missing from this installation; rebuild RadAudit " +
                "(the file is part of the repository's weights/ folder) or make it again with 'radaudit pretrain' (weights/README.md).", setting: Settings.Pretrained);
        return Load(model, file) with { Path = name };
    }

    private static Dictionary<string, Tensor> Read(string path)
    {
        if (!File.Exists(path))
            throw new RadAuditException($"pretrained weights {path}: file not found. Give a .pth state dict or a .safetensors file you downloaded yourself.", setting: Settings.Pretrained);
        try
        {
            if (path.EndsWith(".safetensors", StringComparison.OrdinalIgnoreCase))
                return Safetensors.LoadStateDict(path);
            using var stream = File.OpenRead(path);
            Hashtable table = PyTorchUnpickler.UnpickleStateDict(stream);
            var result = new Dictionary<string, Tensor>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in table)
            {
                if (entry.Value is not Tensor tensor)
                    throw new RadAuditException(
                        $"pretrained weights {path}: entry '{entry.Key}' is not a tensor; the file is a training checkpoint, not a state dict. " +
                        "In Python: torch.save(checkpoint['state_dict'], 'weights.pth').", setting: Settings.Pretrained);
                result[(string)entry.Key] = tensor;
            }
            return result;
        }
        catch (Exception problem) when (problem is not RadAuditException)
        {
            throw new RadAuditException(
                $"pretrained weights {path}: could not read them as a PyTorch state dict ({problem.GetType().Name}: {problem.Message}). " +
                "Old (pre-1.6, non-zip) .pth files are not supported: re-save with torch.save(torch.load(f), 'weights.pth') " +
                "or save as .safetensors.", inner: problem, setting: Settings.Pretrained);
        }
    }

    // denselayerN.norm.1.weight → denselayerN.norm1.weight (torchvision's _load_state_dict pattern).
    [GeneratedRegex(@"^(.*denselayer\d+\.(?:norm|relu|conv))\.((?:[12])\.(?:weight|bias|running_mean|running_var))$")]
    private static partial Regex LegacyDenseNetKey();
}
