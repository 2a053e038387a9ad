using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Models.DenseNet;

/// <summary>
/// A dense block: layer i reads the channel-concatenation of the block input and every earlier layer's output.
/// Layers are named denselayer1..N as in torchvision.
/// </summary>
internal sealed class DenseBlock : nn.Module<Tensor, Tensor>
{
    private readonly List<DenseLayer> _layers = [];

    public DenseBlock(int layerCount, long inputChannels, int growthRate, int bottleneckWidth) : base(nameof(DenseBlock))
    {
        for (int index = 0; index < layerCount; index++)
        {
            var layer = new DenseLayer(inputChannels + (long)index * growthRate, growthRate, bottleneckWidth);
            _layers.Add(layer);
            register_module($"denselayer{index + 1}", layer);
        }
        OutputChannels = inputChannels + (long)layerCount * growthRate;
    }

    /// <summary>Channels of the block's output.</summary>
    public long OutputChannels { get; }

    public override Tensor forward(Tensor input)
    {
        // torchvision's pattern: keep the list of maps and concatenate it for each layer. Handles are released
        // as soon as they are used: autograd keeps what backward needs, and without gradients (prediction) the
        // O(layers²) concatenations are freed at once instead of piling up until the caller's scope ends.
        var features = new List<Tensor>(_layers.Count + 1) { input };
        try
        {
            foreach (DenseLayer layer in _layers)
            {
                using Tensor concatenated = torch.cat(features, 1);
                features.Add(layer.forward(concatenated));
            }
            return torch.cat(features, 1);
        }
        finally
        {
            for (int index = 1; index < features.Count; index++) features[index].Dispose();
        }
    }
}
