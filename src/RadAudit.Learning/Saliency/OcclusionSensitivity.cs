using RadAudit.Learning.Models;
using RadAudit.Learning.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Saliency;

/// <summary>
/// Occlusion sensitivity (Zeiler and Fergus, ECCV 2014), a model-agnostic check on the gradient methods: a square
/// patch slides over the image with overlap, and each pixel's value is the mean drop of the target score over the
/// patches that covered it.
/// </summary>
/// <remarks>
/// drop(patch) = y(image) − y(image with the patch filled), with y the target score (see <see cref="SaliencyTarget"/>);
/// map(p) = mean of drop over the patch positions covering p. The patch is filled with the image's own mean, so
/// occlusion removes structure without painting a strong new edge. Positions step by <see cref="Stride"/> and the
/// last row and column are added so the whole image is covered. Occluded copies are evaluated in batches of
/// <see cref="BatchSize"/> without gradients: cost is about (H/stride) × (W/stride) forward passes per image.
/// </remarks>
public sealed class OcclusionSensitivity : SaliencyMethod
{
    /// <summary>Wraps <paramref name="model"/> with the patch geometry in input pixels.</summary>
    public OcclusionSensitivity(IFeatureClassifier model, int patchSize = 32, int stride = 16, int batchSize = 32)
        : base(model)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(patchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stride);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stride, patchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        PatchSize = patchSize;
        Stride = stride;
        BatchSize = batchSize;
    }

    /// <inheritdoc />
    public override string Name => "occlusion";

    /// <summary>Side of the square patch, in input pixels.</summary>
    public int PatchSize { get; }

    /// <summary>Step between patch positions (smaller than the patch: patches overlap).</summary>
    public int Stride { get; }

    /// <summary>Occluded copies evaluated per forward pass.</summary>
    public int BatchSize { get; }

    /// <inheritdoc />
    protected override (Tensor RawMaps, Tensor Logits) ComputeRawMaps(Tensor input, SaliencyTarget target)
    {
        using var gradientsOff = no_grad();
        int count = (int)input.shape[0], height = (int)input.shape[2], width = (int)input.shape[3];
        Tensor logits = Model.ForwardWithFeatures(input).Logits.reshape(-1);
        Tensor baseline = TargetScore(logits, target);
        var positions = PatchPositions(width, height);
        Tensor dropSum = zeros([count, height, width], device: input.device);
        Tensor coverage = zeros([height, width], device: input.device);
        for (int start = 0; start < positions.Count; start += BatchSize)
        {
            using var chunkScope = NewDisposeScope();
            int chunk = Math.Min(BatchSize, positions.Count - start);
            Tensor holes = PatchMasks(positions, start, chunk, width, height).to(input.device);
            coverage.add_(holes.sum(dim: 0), HeldScalars.One);
            // A boolean mask and where(): no number arguments, which TorchSharp would pass as unheld Scalars (HeldScalars).
            Tensor inHole = holes.unsqueeze(1).to(ScalarType.Bool);
            for (int image = 0; image < count; image++)
            {
                Tensor original = input[image].unsqueeze(0);
                Tensor fill = original.mean();
                Tensor occluded = torch.where(inHole, fill, original);
                Tensor scores = TargetScore(Model.ForwardWithFeatures(occluded).Logits, target);
                Tensor drops = baseline[image] - scores;
                dropSum[image].add_((drops.reshape(-1, 1, 1) * holes).sum(dim: 0), HeldScalars.One);
            }
        }
        return (dropSum / coverage.clamp_min(HeldScalars.One), logits);
    }

    private List<(int X, int Y)> PatchPositions(int width, int height)
    {
        var xs = Starts(width);
        var ys = Starts(height);
        return [.. from y in ys from x in xs select (x, y)];
    }

    /// <summary>Patch start offsets along one axis: every stride, plus the last one flush with the border.</summary>
    private List<int> Starts(int length)
    {
        int last = Math.Max(0, length - PatchSize);
        var starts = new List<int>();
        for (int start = 0; start < last; start += Stride) starts.Add(start);
        starts.Add(last);
        return starts;
    }

    /// <summary>K × H × W masks, 1 inside each patch.</summary>
    private Tensor PatchMasks(List<(int X, int Y)> positions, int start, int chunk, int width, int height)
    {
        var values = new float[chunk * height * width];
        for (int k = 0; k < chunk; k++)
        {
            (int x0, int y0) = positions[start + k];
            int x1 = Math.Min(width, x0 + PatchSize), y1 = Math.Min(height, y0 + PatchSize);
            for (int y = y0; y < y1; y++)
                values.AsSpan(k * height * width + y * width + x0, x1 - x0).Fill(1f);
        }
        return tensor(values, [chunk, height, width]);
    }
}
