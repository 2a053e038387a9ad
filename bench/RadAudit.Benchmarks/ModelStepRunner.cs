using System.Diagnostics;
using RadAudit.Learning.Models;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Training;
using TorchSharp;
using static TorchSharp.torch;

/// <summary>
/// <c>model-step</c>: RadAudit's own DenseNet-121 training step (or inference batch) on the CPU, timed step by step
/// and printed in the same one-line format as bench/peer/model_step.py, so bench/peer/compare-cpu.sh can alternate
/// the two and take ratios. Not BenchmarkDotNet: the peer is measured the same plain way, and peak resident
/// memory (PeakWorkingSet64, Linux's VmHWM) needs one process per case.
/// </summary>
/// <remarks>Usage: <c>model-step [--mode train|infer] [--size 224] [--batch 8] [--threads 2] [--warmup 2] [--steps 5]
/// [--arch densenet-121] [--memory-format auto] [--precision fp32|bf16] [--device cpu|cuda] [--print-steps 1]</c>
/// (the last writes each step's seconds to stderr, to tell a slow process from a slow step). Runs exactly what training runs: the architecture's preferred memory layout, the flat Adam,
/// <see cref="TrainingStep"/> in a dispose scope, then <see cref="FinalizerDrain"/>.</remarks>
internal static class ModelStepRunner
{
    public static int Run(string[] args)
    {
        Dictionary<string, string> options = RunnerOptions.Parse(args);
        string mode = options.GetValueOrDefault("mode", "train");
        int size = int.Parse(options.GetValueOrDefault("size", "224"));
        int batch = int.Parse(options.GetValueOrDefault("batch", "8"));
        int threads = int.Parse(options.GetValueOrDefault("threads", "2"));
        int warmup = int.Parse(options.GetValueOrDefault("warmup", "2"));
        int steps = int.Parse(options.GetValueOrDefault("steps", "5"));
        string architecture = options.GetValueOrDefault("arch", "densenet-121");
        MemoryLayout layout = MemoryLayoutNames.Resolve(options.GetValueOrDefault("memory-format", "auto"), architecture);
        ComputePrecision precision = ComputePrecisionNames.Parse(options.GetValueOrDefault("precision", "fp32"));
        bool printSteps = options.GetValueOrDefault("print-steps", "0") == "1";

        // RADAUDIT_LIBTORCH (a PyTorch installation's torch/lib, e.g. CUDA) must be loaded before TorchSharp initialises.
        LibTorchLocator.PreloadIfConfigured();
        Device device = ComputeDevice.Resolve(options.GetValueOrDefault("device", "cpu"));
        bool cuda = device.type == DeviceType.CUDA;
        torch.set_num_threads(threads);
        NativeHeapTuning.EnsureApplied(); // as the trainer does
        torch.manual_seed(1);
        using AbnormalityClassifier model = ModelRegistry.Create(architecture);
        model.to(device);
        model.UseLayout(layout);
        model.UsePrecision(precision);
        // Inference builds no optimizer, as prediction does not: its buffers would count against peak memory.
        using FlatAdam? optimizer = mode == "train" ? new FlatAdam(model.parameters(), 1e-4) : null;
        using Tensor pixels = torch.rand(batch, 1, size, size, device: device);
        using Tensor labels = torch.arange(batch, device: device).remainder(2).to_type(ScalarType.Float32);
        using Tensor weights = torch.full(batch, 0.5f, device: device);
        var batchTensors = new BatchTensors(pixels, labels, weights);
        if (mode == "train") model.train(); else model.eval();

        var seconds = new List<double>();
        for (int step = 0; step < warmup + steps; step++)
        {
            var clock = Stopwatch.StartNew();
            using (var scope = torch.NewDisposeScope())
            {
                if (mode == "train")
                {
                    TrainingStep.Run(model, optimizer!, batchTensors, gradientClipNorm: null);
                }
                else
                {
                    using var noGrad = torch.no_grad();
                    torch.sigmoid(model.forward(pixels)).cpu().data<float>().ToArray();
                }
            }
            // CUDA runs asynchronously: wait for the step's kernels so the clock measures them.
            if (cuda) torch.cuda.synchronize();
            FinalizerDrain.AfterStep();
            if (step >= warmup) seconds.Add(clock.Elapsed.TotalSeconds);
            if (printSteps) Console.Error.WriteLine($"step {step + 1}{(step < warmup ? " (warm-up)" : "")}: {clock.Elapsed.TotalSeconds:0.000} s");
        }
        seconds.Sort();
        double median = seconds.Count % 2 == 1 ? seconds[seconds.Count / 2] : (seconds[seconds.Count / 2 - 1] + seconds[seconds.Count / 2]) / 2;
        Console.WriteLine($"radaudit torchsharp-{typeof(torch).Assembly.GetName().Version} threads {torch.get_num_threads()} device {device.type.ToString().ToLowerInvariant()} mode {mode} " +
            $"size {size} batch {batch} layout {MemoryLayoutNames.NameOf(layout)} precision {ComputePrecisionNames.NameOf(precision)} images_per_second {batch / median:0.000} peak_rss_mb {Process.GetCurrentProcess().PeakWorkingSet64 >> 20}");
        return 0;
    }
}
