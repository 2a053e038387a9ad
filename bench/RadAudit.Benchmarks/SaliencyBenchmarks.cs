using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RadAudit.Learning.Models;
using RadAudit.Learning.Saliency;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Benchmarks;

/// <summary>
/// Cost of Grad-CAM against the forward + backward pass it is built on (issue 8: at most about 1.5×), for
/// DenseNet-121, batch 8, 224 px, on the CPU with 2 libtorch threads. Run:
/// <c>dotnet run -c Release --project bench/RadAudit.Benchmarks -- --filter '*Saliency*'</c>.
/// </summary>
/// <remarks>
/// The baseline is a training-style pass: forward, mean logit, backward into every parameter. Grad-CAM runs the
/// forward with an input that requires gradients and takes autograd.grad of the summed target scores with respect
/// to the final features only, so its backward stops at the head; Grad-CAM++ adds a few element-wise operations.
/// </remarks>
[Config(typeof(Settings))]
public class SaliencyBenchmarks
{
    private AbnormalityClassifier _model = null!;
    private Tensor _input = null!;
    private GradCam _gradCam = null!;
    private GradCamPlusPlus _gradCamPlusPlus = null!;

    /// <summary>Images per batch.</summary>
    [Params(2)]
    public int BatchSize { get; set; }

    /// <summary>Builds the model and a fixed random batch.</summary>
    [GlobalSetup]
    public void Setup()
    {
        torch.set_num_threads(2);
        torch.random.manual_seed(1);
        _model = ModelRegistry.Create("densenet-121");
        _model.eval();
        _input = torch.rand([BatchSize, 1, 224, 224]);
        _gradCam = new GradCam(_model);
        _gradCamPlusPlus = new GradCamPlusPlus(_model);
    }

    /// <summary>Forward and backward into every parameter (the reference cost).</summary>
    [Benchmark(Baseline = true)]
    public float ForwardBackward()
    {
        using var scope = torch.NewDisposeScope();
        _model.zero_grad();
        Tensor loss = _model.forward(_input).mean();
        loss.backward();
        return loss.item<float>();
    }

    /// <summary>Grad-CAM of the batch (maps upsampled, scaled and copied to the CPU).</summary>
    [Benchmark]
    public int GradCam() => _gradCam.Explain(_input, SaliencyTarget.Abnormal).Maps.Count;

    /// <summary>Grad-CAM++ of the batch.</summary>
    [Benchmark]
    public int GradCamPlusPlus() => _gradCamPlusPlus.Explain(_input, SaliencyTarget.Abnormal).Maps.Count;

    /// <summary>
    /// In-process (a DenseNet-121 step takes seconds, and generating a separate benchmark project times out on a
    /// busy 2-core machine), one warm-up and three measured iterations per method.
    /// </summary>
    public sealed class Settings : ManualConfig
    {
        /// <summary>Creates the configuration.</summary>
        public Settings() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
    }

    /// <summary>Releases the model and input.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _input.Dispose();
        _model.Dispose();
    }
}
