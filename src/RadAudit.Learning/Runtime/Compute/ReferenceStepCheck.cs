using System.Diagnostics;
using RadAudit.Learning.Models;
using RadAudit.Learning.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>
/// The numerics check that the machine cannot fool (issue #16): one training step of a model — logits, loss, every
/// parameter's gradient and every batch-norm statistic — computed as training computes it, and again in float64,
/// which libtorch runs on its own reference kernels (oneDNN has no float64 convolutions).
/// </summary>
/// <remarks>
/// Both models are built from the same seed, so they hold the same weights; the float64 one stays contiguous. The
/// tolerances come from the rounding of the type training computes in (<see cref="ReferenceTolerance"/>): a
/// correct kernel stays orders of magnitude inside them, a wrong one (the NaN gradients and wrong channels-last
/// logits of issue #16) lands far outside.
/// </remarks>
public static class ReferenceStepCheck
{
    /// <summary>Runs <paramref name="reference"/> on the CPU; never throws for a numeric disagreement (it is in the result).</summary>
    /// <param name="reference">What to check.</param>
    /// <param name="seed">Seed of the weights (the inputs use the next one).</param>
    /// <param name="alterComputed">Changes the float32 model after it is built (tests: a planted wrong kernel).</param>
    public static ReferenceCheckResult Run(ReferenceCase reference, int seed = 16, Action<AbnormalityClassifier>? alterComputed = null)
    {
        var clock = Stopwatch.StartNew();
        using var scope = torch.NewDisposeScope();
        using AbnormalityClassifier computed = Build(reference.Architecture, seed);
        computed.UseLayout(reference.Layout);
        computed.UsePrecision(reference.Precision);
        alterComputed?.Invoke(computed);
        using AbnormalityClassifier exact = Build(reference.Architecture, seed);
        exact.to(ScalarType.Float64);

        torch.manual_seed(seed + 1);
        Tensor pixels = torch.rand(reference.BatchSize, 1, reference.ImageSize, reference.ImageSize);
        Tensor exactPixels = pixels.to(ScalarType.Float64);
        Tensor labels = torch.arange(reference.BatchSize).remainder(2).to(ScalarType.Float32);
        Tensor weights = torch.linspace(0.5, 1.5, reference.BatchSize);
        var tolerance = ReferenceTolerance.For(reference.Precision);
        var measured = new List<(string Kind, QuantityDisagreement Disagreement)>();

        // Pass 1, the model as it trains (ReLU): a training-mode forward.
        using (torch.no_grad())
        {
            (_, Tensor reluLogits) = computed.ForwardWithFeatures(pixels);
            (Tensor reluFeatures, Tensor exactReluLogits) = exact.ForwardWithFeatures(exactPixels);
            measured.Add(("logits", Compare("logits (ReLU)", reluLogits, exactReluLogits, tolerance.Output, HeadScale(exact, reluFeatures))));
        }

        // Pass 2, the whole step with ReLU's smooth surrogate, so gradients can be compared at rounding level.
        computed.UseSmoothActivations(true);
        exact.UseSmoothActivations(true);
        (_, Tensor logits, Tensor loss) = Step(computed, pixels, labels, weights);
        (Tensor exactFeatures, Tensor exactLogits, Tensor exactLoss) = Step(exact, exactPixels, labels.to(ScalarType.Float64), weights.to(ScalarType.Float64));
        measured.Add(("logits", Compare("logits", logits, exactLogits, tolerance.Output, HeadScale(exact, exactFeatures))));
        measured.Add(("loss", Compare("loss", loss, exactLoss, tolerance.Output)));
        var exactParameters = exact.named_parameters().ToDictionary(pair => pair.name, pair => pair.parameter);
        GradientScale scale = GradientScale.Of(exactParameters.Values.Select(parameter => parameter.grad));
        foreach (var (name, parameter) in computed.named_parameters())
            measured.Add(("gradients", Compare($"grad {name}", parameter.grad, exactParameters[name].grad, tolerance.Gradient, scale.Floor(parameter))));
        var exactBuffers = exact.named_buffers().ToDictionary(pair => pair.name, pair => pair.buffer);
        foreach (var (name, buffer) in computed.named_buffers().Where(pair => pair.buffer.is_floating_point()))
            measured.Add(("batch-norm statistics", Compare(name, buffer, exactBuffers[name], tolerance.Output)));

        IReadOnlyList<QuantityDisagreement> worst = measured.GroupBy(entry => entry.Kind)
            .Select(group => group.Select(entry => entry.Disagreement).MaxBy(disagreement => disagreement.Severity)!).ToList();
        IReadOnlyList<QuantityDisagreement> failures = measured.Select(entry => entry.Disagreement)
            .Where(disagreement => !disagreement.Agrees).OrderByDescending(disagreement => disagreement.Severity).ToList();
        return new ReferenceCheckResult(reference, worst, failures, clock.Elapsed.TotalSeconds);
    }

    private static AbnormalityClassifier Build(string architecture, int seed)
    {
        torch.manual_seed(seed);
        AbnormalityClassifier model = ModelRegistry.Create(architecture);
        model.train();
        return model;
    }

    private static (Tensor Features, Tensor Logits, Tensor Loss) Step(AbnormalityClassifier model, Tensor pixels, Tensor labels, Tensor weights)
    {
        (Tensor features, Tensor logits) = model.ForwardWithFeatures(pixels);
        Tensor loss = WeightedBinaryCrossEntropy.Compute(logits, labels, weights);
        loss.backward();
        return (features, logits, loss);
    }

    // A logit is a dot product of the head's weights with the pooled features, so at initialisation it is a small
    // sum of larger terms of both signs. Its rounding scales with the terms: Σⱼ|wⱼ|·|fⱼ| + |b| per image (the
    // condition of a dot product), which is what its error is measured against.
    private static double HeadScale(AbnormalityClassifier exact, Tensor exactFeatures)
    {
        var head = exact.named_parameters().Where(pair => pair.name.StartsWith(exact.HeadPrefix, StringComparison.Ordinal))
            .ToDictionary(pair => pair.name[exact.HeadPrefix.Length..], pair => pair.parameter);
        using var noGrad = torch.no_grad();
        using Tensor pooled = exactFeatures.mean([2, 3]).abs();
        using Tensor terms = pooled.matmul(head["weight"].abs().t()).squeeze(1) + head["bias"].abs();
        return terms.norm().item<double>();
    }

    // ‖a − b‖₂ / max(‖b‖₂, floor) in float64; a missing gradient on one side only is an infinite error.
    private static QuantityDisagreement Compare(string quantity, Tensor? computed, Tensor? exact, double tolerance, double floor = 0)
    {
        if (computed is null || exact is null)
            return new QuantityDisagreement(quantity, computed is null && exact is null ? 0 : double.PositiveInfinity, tolerance);
        using Tensor widened = computed.to(ScalarType.Float64);
        using Tensor difference = widened - exact;
        double error = difference.norm().item<double>(), size = Math.Max(exact.norm().item<double>(), floor);
        return new QuantityDisagreement(quantity, size == 0 ? (error == 0 ? 0 : double.PositiveInfinity) : error / size, tolerance);
    }
}
