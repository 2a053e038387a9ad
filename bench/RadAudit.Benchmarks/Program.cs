using BenchmarkDotNet.Running;

// `model-step` is the plain timing loop that bench/peer/compare-cpu.sh alternates with PyTorch (ModelStepRunner);
// `epoch-overlap` times loading, compute and a training epoch (EpochOverlapRunner); `scalar-race` counts TorchSharp
// Scalars freed mid-call under collection pressure (ScalarRaceRunner).
// Everything else is BenchmarkDotNet: each benchmark class lives in its own file next to this one, and
// BenchmarkSwitcher lets `--filter` pick them.
if (args.Length > 0 && args[0] == "model-step") return ModelStepRunner.Run(args);
if (args.Length > 0 && args[0] == "epoch-overlap") return EpochOverlapRunner.Run(args);
if (args.Length > 0 && args[0] == "scalar-race") return ScalarRaceRunner.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point marker for BenchmarkSwitcher.</summary>
public partial class Program;
