using RadAudit.Testing;

namespace RadAudit.Cli.Tests.Compute;

/// <summary>`radaudit doctor` and the automatic check, with the machine's faults injected (every machine can run
/// these); the cases are simulated so the tests take seconds, the real float64 check is tested in RadAudit.Learning.</summary>
[Trait("Category", "Slow")]
public sealed class DoctorTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly TemporaryFolder _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void Should_print_one_line_and_exit_0_when_every_configuration_agrees()
    {
        // Given a machine whose checks all pass
        // When the doctor runs
        var (code, output, error) = RadAuditProcess.Run(Environment(), Timeout, "doctor");

        // Then it exits 0 with a single summary line naming the machine and the configuration
        Assert.True(code == 0, error);
        string line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("radaudit doctor: OK: 5 of 5 configurations agree with float64", line, StringComparison.Ordinal);
        Assert.Contains("using defaults", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_what_disagrees_then_find_save_and_use_a_configuration_that_is_right()
    {
        // Given a machine where channels-last computes wrong numbers
        var environment = Environment(("RADAUDIT_INJECT_FAILING_CHECK", "channels-last"));

        // When the doctor runs twice
        var (firstCode, firstOutput, firstError) = RadAuditProcess.Run(environment, Timeout, "doctor");
        var (secondCode, secondOutput, secondError) = RadAuditProcess.Run(environment, Timeout, "doctor");

        // Then the first lists both DenseNets in channels-last, saves the contiguous layout and exits 1 ...
        Assert.Equal(1, firstCode);
        Assert.Contains("FAILED: 2 of 5 configurations do not agree with float64", firstOutput, StringComparison.Ordinal);
        Assert.Contains("densenet-121 channels-last fp32 128 px: DISAGREES: injected failure", firstOutput, StringComparison.Ordinal);
        Assert.Contains("densenet-169 channels-last fp32 128 px: DISAGREES", firstOutput, StringComparison.Ordinal);
        Assert.Contains("using contiguous layout on this machine (saved to", firstError, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_cache.Path, "compute"), "*.json"));
        // ... and the second uses it and passes
        Assert.True(secondCode == 0, secondError);
        Assert.Contains("using contiguous layout", secondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_check_automatically_where_caches_are_hidden_and_settle_on_the_only_correct_instruction_set()
    {
        // Given a machine whose CPUID hides its caches and where only oneDNN's SSE4.1 kernels compute right numbers
        var environment = Environment(("RADAUDIT_INJECT_CACHE_SIZES_UNKNOWN", "1"), ("RADAUDIT_INJECT_FAILING_CHECK", "fp32!SSE41"));

        // When anything that runs models starts (here the doctor, which checks what is then in use)
        var (code, output, error) = RadAuditProcess.Run(environment, Timeout, "doctor");

        // Then the automatic check tried every candidate in order, chose the SSE4.1 cap, and the doctor agrees
        Assert.True(code == 0, output + error);
        Assert.Contains("(injected) oneDNN cannot see this CPU's cache sizes", error, StringComparison.Ordinal);
        Assert.Contains("contiguous layout, ONEDNN_MAX_CPU_ISA=AVX2: 0 of 5", error, StringComparison.Ordinal);
        Assert.Contains("using contiguous layout, ONEDNN_MAX_CPU_ISA=SSE41 on this machine", error, StringComparison.Ordinal);
        Assert.Contains("using contiguous layout, ONEDNN_MAX_CPU_ISA=SSE41", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_to_train_where_no_configuration_is_right_and_say_how_to_proceed()
    {
        var environment = Environment(("RADAUDIT_INJECT_CACHE_SIZES_UNKNOWN", "1"), ("RADAUDIT_INJECT_FAILING_CHECK", "fp32"));

        var (code, _, error) = RadAuditProcess.Run(environment, Timeout, "train", "--data", "/nonexistent", "--out", _cache.Combine("run"));

        Assert.Equal(1, code);
        Assert.Contains("no configuration of libtorch computed correct numbers on this machine", error, StringComparison.Ordinal);
        Assert.Contains("RADAUDIT_COMPUTE_CHECK=off", error, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Environment(params (string Name, string Value)[] extra)
    {
        var environment = new Dictionary<string, string?>
        {
            ["RADAUDIT_CACHE_DIR"] = _cache.Path,
            ["RADAUDIT_INJECT_SIMULATED_CHECK"] = "1",
            ["RADAUDIT_INJECT_CACHE_SIZES_UNKNOWN"] = "0",
            ["RADAUDIT_INJECT_FAILING_CHECK"] = null,
        };
        foreach ((string name, string value) in extra) environment[name] = value;
        return environment;
    }
}
