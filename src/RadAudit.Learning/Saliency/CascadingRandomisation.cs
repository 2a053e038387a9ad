using RadAudit.Learning.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Saliency;

/// <summary>
/// The model-randomisation sanity check's weights (Adebayo et al., NeurIPS 2018): a copy of a trained model whose
/// layers are re-initialised from the head down, one stage further at a time — <c>head</c>; the last block too
/// (<see cref="AbnormalityClassifier.LastBlockPrefix"/>); the later half of the layers; all of them. A saliency
/// method whose maps do not change when the weights they explain are random is not evidence of what the model uses.
/// </summary>
/// <remarks>
/// Layers are the modules that hold weights or buffers (convolutions, batch norms, the head), in the order the
/// network runs them. Re-initialised layers take the values of a freshly built model of the same architecture
/// (drawn from torch's generator after seeding it with the given seed): exactly the architecture's own initialisation,
/// batch-norm statistics reset to mean 0 and variance 1, so activations keep a sane scale through random layers.
/// </remarks>
public static class CascadingRandomisation
{
    /// <summary>The head only.</summary>
    public const string Head = "head";

    /// <summary>The head and the last block.</summary>
    public const string LastBlock = "last-block";

    /// <summary>The later half of the layers (and everything above).</summary>
    public const string Half = "half";

    /// <summary>Every layer.</summary>
    public const string All = "all";

    /// <summary>The stages, from the head down (each includes the ones before).</summary>
    public static IReadOnlyList<string> Stages { get; } = [Head, LastBlock, Half, All];

    /// <summary>The layers of <paramref name="model"/> in running order (state-dict prefixes without the dot).</summary>
    public static IReadOnlyList<string> Layers(AbnormalityClassifier model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. Leaves(model, "").Where(entry => entry.Module.parameters().Any() || entry.Module.buffers().Any()).Select(entry => entry.Name)];
    }

    // Depth first through the children in registration order, which is the order the networks run them
    // (named_modules lists a module's children before its grandchildren).
    private static IEnumerable<(string Name, nn.Module Module)> Leaves(nn.Module module, string prefix)
    {
        foreach ((string name, nn.Module child) in module.named_children())
        {
            string full = prefix.Length == 0 ? name : prefix + "." + name;
            if (!child.children().Any()) yield return (full, child);
            else foreach (var leaf in Leaves(child, full)) yield return leaf;
        }
    }

    /// <summary>The layers a stage re-initialises (cumulative from the head down).</summary>
    public static IReadOnlyList<string> LayersOf(AbnormalityClassifier model, string stage)
    {
        IReadOnlyList<string> layers = Layers(model);
        int index = Stages.ToList().IndexOf(stage);
        if (index < 0) throw new ArgumentException($"Unknown stage '{stage}'; expected one of {string.Join(", ", Stages)}.", nameof(stage));
        int first = layers.Count;
        int head = IndexOfFirst(layers, model.HeadPrefix.TrimEnd('.'));
        first = Math.Min(first, head);
        if (index >= 1) first = Math.Min(first, IndexOfFirst(layers, model.LastBlockPrefix.TrimEnd('.')));
        if (index >= 2) first = Math.Min(first, layers.Count / 2);
        if (index >= 3) first = 0;
        return [.. layers.Skip(first)];
    }

    /// <summary>A copy of <paramref name="model"/> (same weights, device, layout, evaluation mode) with the layers of
    /// <paramref name="stage"/> re-initialised; dispose it after use.</summary>
    public static AbnormalityClassifier Randomised(AbnormalityClassifier model, string stage, int seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        IReadOnlyList<string> layers = LayersOf(model, stage);
        Device device = model.parameters().First().device;
        torch.manual_seed(seed);
        using AbnormalityClassifier fresh = ModelRegistry.Create(model.Architecture);
        AbnormalityClassifier copy = ModelRegistry.Create(model.Architecture);
        try
        {
            Dictionary<string, Tensor> source = model.state_dict(), initial = fresh.state_dict();
            using (torch.no_grad())
            {
                foreach ((string name, Tensor slot) in copy.state_dict())
                {
                    bool random = layers.Any(layer => name.StartsWith(layer + ".", StringComparison.Ordinal));
                    using Tensor value = random ? initial[name].to(slot.device) : source[name].to(slot.device);
                    slot.copy_(value);
                }
            }
            copy.to(device);
            copy.UseLayout(model.Layout);
            copy.eval();
            return copy;
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }

    private static int IndexOfFirst(IReadOnlyList<string> layers, string prefix)
    {
        for (int i = 0; i < layers.Count; i++)
            if (layers[i] == prefix || layers[i].StartsWith(prefix + ".", StringComparison.Ordinal)) return i;
        return layers.Count;
    }
}
