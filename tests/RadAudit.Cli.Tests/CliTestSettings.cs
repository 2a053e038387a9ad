using System.Runtime.CompilerServices;

namespace RadAudit.Cli.Tests;

/// <summary>In-process CLI tests test the verbs, not this machine's numerics: the compute check is off for them
/// (the cache repair still applies in-process), and verdicts never land in the user's cache. Tests of the check
/// itself run `radaudit` as a process with their own settings (RadAuditProcess).</summary>
internal static class CliTestSettings
{
#pragma warning disable CA2255 // A module initializer is the one place that runs before any test invokes a verb.
    [ModuleInitializer]
    internal static void IsolateComputeChecks()
    {
        Environment.SetEnvironmentVariable("RADAUDIT_COMPUTE_CHECK", "off");
        Environment.SetEnvironmentVariable("RADAUDIT_CACHE_DIR", Path.Combine(Path.GetTempPath(), "radaudit-cli-tests-cache"));
    }
#pragma warning restore CA2255
}
