using BenchmarkDotNet.Running;

// Each benchmark class lives in its own file next to this one; BenchmarkSwitcher lets `--filter` pick them.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point marker for BenchmarkSwitcher.</summary>
public partial class Program;
