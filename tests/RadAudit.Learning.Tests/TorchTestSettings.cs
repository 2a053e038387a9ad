using System.Runtime.CompilerServices;
using TorchSharp;

// torch's random generator and thread count are process-wide: tests that seed it must not interleave.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace RadAudit.Learning.Tests;

/// <summary>Runs libtorch single-threaded in tests: CI shares two cores among several processes, where
/// multi-threaded tiny operations spin and slow down by an order of magnitude.</summary>
internal static class TorchTestSettings
{
#pragma warning disable CA2255 // A module initializer is the one place that runs before any test touches libtorch.
    [ModuleInitializer]
    internal static void UseOneThread()
    {
        // First of all: libtorch loaded and, on machines whose CPUID hides the caches, oneDNN repaired (issue #16).
        RadAudit.Learning.Runtime.Compute.ComputeRuntime.EnsureReady();
        torch.set_num_threads(1);
    }
#pragma warning restore CA2255
}
