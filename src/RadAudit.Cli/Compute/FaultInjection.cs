using System.Runtime.InteropServices;

namespace RadAudit.Cli.Compute;

/// <summary>Test switches that make a healthy machine look like a broken one, so detection, selection and the
/// doctor's report can be tested anywhere (issue #16). Every use is named in the output as injected.</summary>
internal static class FaultInjection
{
    /// <summary>Set to 1: behave as if CPUID hid the cache sizes (the automatic check runs); 0: as if it showed them.</summary>
    public const string CacheSizesUnknownVariable = "RADAUDIT_INJECT_CACHE_SIZES_UNKNOWN";

    /// <summary>Set to a comma-separated list of rules: "TEXT" fails every reference case whose name contains TEXT;
    /// "TEXT!ISA" fails them unless ONEDNN_MAX_CPU_ISA is ISA (so "fp32!SSE41" leaves only the SSE4.1 cap correct).</summary>
    public const string FailingCheckVariable = "RADAUDIT_INJECT_FAILING_CHECK";

    /// <summary>Set to 1: reference cases are not computed; each passes unless a <see cref="FailingCheckVariable"/> rule
    /// fails it (tests of detection, selection and reporting that need no minute of float64 arithmetic).</summary>
    public const string SimulatedCheckVariable = "RADAUDIT_INJECT_SIMULATED_CHECK";

    /// <summary>Whether reference cases are simulated.</summary>
    public static bool SimulatedCheck => Environment.GetEnvironmentVariable(SimulatedCheckVariable) == "1";

    /// <summary>Whether cache sizes are to be treated as hidden (true), shown (false), or as the CPU says (null).</summary>
    public static bool? CacheSizesUnknown => Environment.GetEnvironmentVariable(CacheSizesUnknownVariable) switch
    {
        "1" => true,
        "0" => false,
        _ => null,
    };

    /// <summary>Whether the case named <paramref name="caseName"/> must fail under the current ISA cap.</summary>
    public static bool FailsCheck(string caseName)
    {
        string? rules = Environment.GetEnvironmentVariable(FailingCheckVariable);
        if (string.IsNullOrWhiteSpace(rules)) return false;
        string isa = Environment.GetEnvironmentVariable(Learning.Runtime.Compute.ComputeRuntime.MaxCpuIsaVariable) ?? "";
        foreach (string rule in rules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] parts = rule.Split('!');
            if (caseName.Contains(parts[0], StringComparison.Ordinal) && (parts.Length == 1 || parts[1] != isa)) return true;
        }
        return false;
    }

    /// <summary>Set to "SIGNAL:TEXT" (e.g. "8:cover-s1: epoch 1"): the process raises that signal, as a native crash
    /// would, at the first progress report whose text starts with TEXT.</summary>
    public const string NativeCrashVariable = "RADAUDIT_INJECT_NATIVE_CRASH";

    /// <summary>Raises the injected signal when <paramref name="stageText"/> matches; otherwise nothing.</summary>
    public static void CrashIfAsked(string stageText)
    {
        if (Environment.GetEnvironmentVariable(NativeCrashVariable) is not { Length: > 0 } rule) return;
        int colon = rule.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !int.TryParse(rule[..colon], out int signal) || !stageText.StartsWith(rule[(colon + 1)..], StringComparison.Ordinal)) return;
        Console.Out.Flush();
        Console.Error.Flush();
        RaiseSignal(signal);
    }

    [DllImport("libc", EntryPoint = "raise")]
    private static extern int RaiseSignal(int signal);
}
