using System.Collections;
using System.Text.RegularExpressions;
using RadAudit.Core;
using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace RadAudit.Learning.Models.Pretrained;

/// <summary>
/// Loads PyTorch weights the user brings (<c>--pretrained FILE</c>: a <c>torch.save</c>d state dict, .pth/.pt, or
/// .safetensors) into a RadAudit model by name, through TorchSharp.PyBridge. Nothing is ever downloaded.
/// </summary>
/// <remarks>
/// The head is never loaded and is re-initialised (ImageNet's 1000-class head does not fit one logit). Old
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
            model.ResetHead();
            string[] missing = target.Keys.Where(key => !loaded.Contains(key) && !key.StartsWith(model.HeadPrefix, StringComparison.Ordinal)).ToArray();
            if (loaded.Count == 0)
                throw new RadAuditException(
                    $"{path}: no entry matches a {model.Architecture} model (first file keys: {string.Join(", ", source.Keys.Take(3))}). " +
                    $"Pass weights of the same architecture, e.g. torchvision's state dict of {model.Architecture}.", setting: Settings.Pretrained);
            return new PretrainedLoadReport(path, loaded.Count, missing, unexpected, mismatched, head);
        }
        finally
        {
            foreach (Tensor tensor in source.Values) tensor.Dispose();
        }
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
