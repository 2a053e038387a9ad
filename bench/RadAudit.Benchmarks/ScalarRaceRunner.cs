using System.Diagnostics;
using RadAudit.Learning.Models;
using TorchSharp;
using static TorchSharp.torch;

/// <summary>
/// <c>scalar-race</c>: how often does a temporary TorchSharp Scalar get freed while libtorch still reads it? Runs a
/// training-mode batch-normalisation forward pass (whose batch counter increment is the call at risk) many times while
/// a second thread forces generation-0 collections, as a busy image loader does, and counts the calls that failed
/// or left the batch counter wrong.
/// </summary>
/// <remarks>Usage: <c>scalar-race [--norm torchsharp|held] [--calls 400000]</c>. <c>torchsharp</c> is TorchSharp's
/// <c>BatchNorm2d</c> (<c>num_batches_tracked.add_(1)</c>: two temporary Scalars per call); <c>held</c> is RadAudit's
/// <see cref="BatchNormalization2d"/> (static Scalars, see HeldScalars).</remarks>
internal static class ScalarRaceRunner
{
    public static int Run(string[] args)
    {
        Dictionary<string, string> options = RunnerOptions.Parse(args);
        string norm = options.GetValueOrDefault("norm", "held");
        int calls = int.Parse(options.GetValueOrDefault("calls", "400000"));
        torch.set_num_threads(1);

        using nn.Module<Tensor, Tensor> module = norm switch
        {
            "torchsharp" => nn.BatchNorm2d(4),
            "held" => new BatchNormalization2d(4),
            _ => throw new ArgumentException($"--norm must be torchsharp or held, got '{norm}'."),
        };
        module.train();
        using Tensor input = torch.randn(2, 4, 2, 2);

        bool stop = false;
        var pressure = new Thread(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                GC.KeepAlive(new byte[64 * 1024]);
                GC.Collect(0);
            }
        })
        { IsBackground = true };
        pressure.Start();

        long failures = 0;
        string? firstFailure = null;
        var clock = Stopwatch.StartNew();
        for (int call = 0; call < calls; call++)
        {
            using var scope = torch.NewDisposeScope();
            try
            {
                module.forward(input);
            }
            catch (Exception exception)
            {
                failures++;
                firstFailure ??= $"call {call}: {exception.Message.Split('\n')[0]}";
            }
        }
        clock.Stop();
        Volatile.Write(ref stop, true);
        pressure.Join();

        var counter = (Tensor)module.named_buffers().Single(buffer => buffer.name == "num_batches_tracked").buffer;
        long counted = counter.item<long>();
        Console.WriteLine($"{norm}: {calls} calls in {clock.Elapsed.TotalSeconds:0.0} s under collection pressure; " +
            $"{failures} threw, batch counter {counted} (expected {calls - failures})");
        if (firstFailure is not null) Console.WriteLine($"  first failure at {firstFailure}");
        return failures == 0 && counted == calls ? 0 : 1;
    }
}
