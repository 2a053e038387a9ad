using BenchmarkDotNet.Attributes;
using RadAudit.Learning.Models;
using TorchSharp;
using static TorchSharp.torch;

/// <summary>
/// One DenseNet-121 training step on the CPU (batch 8, 224 px, 1 logit, Adam lr 1e-4, weighted BCE), the same work
/// as bench/peer/densenet121_train_step.py; images/s = 8 / mean. Threads come from RADAUDIT_BENCH_THREADS
/// (default 2), as on the PyTorch side. Compare with bench/peer/compare-training-cpu.sh.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5, invocationCount: 1)]
public class TrainingStepBenchmark
{
    private AbnormalityClassifier _model = null!;
    private optim.Optimizer _optimizer = null!;
    private Tensor _pixels = null!;
    private Tensor _labels = null!;
    private Tensor _weights = null!;

    /// <summary>Input side in pixels.</summary>
    [Params(224)]
    public int Size { get; set; }

    /// <summary>Builds the model and a fixed random batch.</summary>
    [GlobalSetup]
    public void Setup()
    {
        torch.set_num_threads(int.TryParse(Environment.GetEnvironmentVariable("RADAUDIT_BENCH_THREADS"), out int threads) ? threads : 2);
        torch.manual_seed(1);
        _model = ModelRegistry.Create("densenet-121");
        _model.train();
        _optimizer = optim.Adam(_model.parameters(), 1e-4);
        _pixels = torch.rand(8, 1, Size, Size);
        _labels = torch.tensor(new float[] { 0, 1, 0, 1, 0, 1, 0, 1 });
        _weights = torch.full(8, 0.5f);
    }

    /// <summary>zero_grad, forward, weighted BCE, backward, Adam step, all in one dispose scope.</summary>
    [Benchmark]
    public float TrainStep()
    {
        using var scope = torch.NewDisposeScope();
        _optimizer.zero_grad();
        Tensor logits = _model.forward(_pixels);
        Tensor loss = nn.functional.binary_cross_entropy_with_logits(logits, _labels, _weights);
        loss.backward();
        _optimizer.step();
        return loss.item<float>();
    }

    /// <summary>Frees the model and tensors.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _optimizer.Dispose();
        _model.Dispose();
        _pixels.Dispose();
        _labels.Dispose();
        _weights.Dispose();
    }
}
