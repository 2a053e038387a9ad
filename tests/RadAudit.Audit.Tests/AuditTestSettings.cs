using System.Runtime.CompilerServices;
using TorchSharp;

// torch's random generator and thread count are process-wide: tests that seed it must not interleave.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace RadAudit.Audit.Tests;

/// <summary>libtorch made ready (the oneDNN cache repair where needed) and single-threaded before any test trains.</summary>
internal static class AuditTestSettings
{
#pragma warning disable CA2255 // A module initializer is the one place that runs before any test touches libtorch.
    [ModuleInitializer]
    internal static void Prepare()
    {
        RadAudit.Learning.Runtime.Compute.ComputeRuntime.EnsureReady();
        torch.set_num_threads(1);
    }
#pragma warning restore CA2255
}
