using RadAudit.Core.Scoring;
using RadAudit.Learning.Models;
using RadAudit.Learning.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Scoring;

/// <summary>
/// A TorchSharp model as an <see cref="IScoringModel"/>, in evaluation mode on its device. Unlike an ONNX model it
/// also hands out its network (<see cref="Classifier"/>), which gradient saliency and the weight-randomisation
/// sanity check need.
/// </summary>
public sealed class TorchScoringModel : IScoringModel
{
    private readonly IDisposable? _owner;

    /// <summary>Wraps <paramref name="classifier"/> (already on <paramref name="device"/>, in eval mode); disposing
    /// this disposes <paramref name="owner"/> if given, else the classifier.</summary>
    public TorchScoringModel(AbnormalityClassifier classifier, Device device, ModelInput input, ScoringModelInfo info, IDisposable? owner = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        Classifier = classifier;
        Device = device;
        Input = input;
        Info = info;
        _owner = owner;
    }

    /// <summary>The network (one-logit head; a 1- or 3-channel input as <see cref="Input"/> says).</summary>
    public AbnormalityClassifier Classifier { get; }

    /// <summary>Where it computes.</summary>
    public Device Device { get; }

    /// <inheritdoc />
    public ModelInput Input { get; }

    /// <inheritdoc />
    public ScoringModelInfo Info { get; }

    /// <inheritdoc />
    public float[] Score(float[] inputs, int count)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Length != count * Input.ValuesPerImage)
            throw new ArgumentException($"Expected {count} x {Input.ValuesPerImage} input values, got {inputs.Length}.", nameof(inputs));
        Classifier.eval();
        float[] logits;
        using (torch.no_grad())
        using (torch.NewDisposeScope())
        {
            Tensor batch = torch.tensor(inputs, [count, Input.Channels, Input.Size, Input.Size]).to(Device);
            logits = Classifier.forward(batch).to(float32).cpu().data<float>().ToArray();
        }
        FinalizerDrain.AfterStep();
        return logits;
    }

    /// <summary>The layers <paramref name="stage"/> of the cascading randomisation re-initialises.</summary>
    public int LayersRandomisedBy(string stage) => Saliency.CascadingRandomisation.LayersOf(Classifier, stage).Count;

    /// <summary>A copy with the layers of <paramref name="stage"/> re-initialised (<see cref="Saliency.CascadingRandomisation"/>),
    /// for the sanity check; this model is not changed. Dispose the copy.</summary>
    public TorchScoringModel WithRandomisedLayers(string stage, int seed) =>
        new(Saliency.CascadingRandomisation.Randomised(Classifier, stage, seed), Device, Input,
            Info with { Notes = [.. Info.Notes, $"layers re-initialised from the head down to stage {stage}"] });

    /// <inheritdoc />
    public void Dispose()
    {
        if (_owner is null) Classifier.Dispose();
        else _owner.Dispose();
    }
}
