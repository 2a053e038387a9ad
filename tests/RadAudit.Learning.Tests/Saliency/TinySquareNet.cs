using RadAudit.Learning.Models;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Saliency;

/// <summary>A two-convolution CNN with a global-average-pooled one-logit head; features at half resolution.</summary>
internal sealed class TinySquareNet : nn.Module<Tensor, Tensor>, IFeatureClassifier
{
    private readonly Conv2d _first;
    private readonly Conv2d _second;
    private readonly Linear _head;

    public TinySquareNet() : base(nameof(TinySquareNet))
    {
        _first = nn.Conv2d(1, 8, 3, padding: 1);
        _second = nn.Conv2d(8, 16, 3, stride: 2, padding: 1);
        _head = nn.Linear(16, 1);
        RegisterComponents();
    }

    public (Tensor Features, Tensor Logits) ForwardWithFeatures(Tensor input)
    {
        Tensor features = nn.functional.relu(_second.call(nn.functional.relu(_first.call(input))));
        Tensor logits = _head.call(features.mean([2, 3])).reshape(-1);
        return (features, logits);
    }

    public override Tensor forward(Tensor input) => ForwardWithFeatures(input).Logits;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _first.Dispose();
            _second.Dispose();
            _head.Dispose();
        }
        base.Dispose(disposing);
    }
}
