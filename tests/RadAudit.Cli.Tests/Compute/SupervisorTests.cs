using RadAudit.Testing;

namespace RadAudit.Cli.Tests.Compute;

/// <summary>A native crash ends with a message, and an audit goes on without the job that died (issue #16). The
/// crash is injected: the process raises the signal itself, as a fault in libtorch would.</summary>
[Trait("Category", "Slow")]
public sealed class SupervisorTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_end_a_native_crash_in_training_with_one_line_naming_the_cause_and_the_way_out()
    {
        // Given a tiny data set, and a libtorch that dies with SIGFPE in the first validation pass
        var data = SyntheticDataSets.CreateMura(_folder);
        string run = _folder.Combine("run");

        // When `train` runs
        var (code, _, error) = RadAuditProcess.Run(Environment(("RADAUDIT_INJECT_NATIVE_CRASH", "8:epoch 1 valid")), Timeout,
            "train", "--data", data.Root, "--arch", "densenet-small", "--image-size", "32", "--epochs", "1", "--batch-size", "16",
            "--workers", "1", "--out", run);

        // Then it exits 1 with a line that names the signal, where it was, and what to do
        Assert.Equal(1, code);
        Assert.Contains("radaudit: train died with SIGFPE (floating-point exception) inside native code", error, StringComparison.Ordinal);
        Assert.Contains("while at \"epoch 1 valid", error, StringComparison.Ordinal);
        Assert.Contains("run `radaudit doctor`", error, StringComparison.Ordinal);
        Assert.Contains("rerun with --resume", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_record_the_audit_job_that_died_finish_the_others_and_retry_it_on_the_next_run()
    {
        // Given a tiny audit whose cover job dies with SIGSEGV while it trains
        var data = SyntheticDataSets.CreateMura(_folder);
        string run = _folder.Combine("audit");
        string[] audit =
        [
            "audit", "--data", data.Root, "--markers", Path.Combine(data.Root, "markers.csv"), "--out", run, "--arch", "densenet-small",
            "--image-size", "32", "--seeds", "1", "--epochs", "1", "--batch-size", "16", "--workers", "1", "--saliency-images", "2", "--bootstrap", "20",
        ];

        // When the audit runs with the crash, then again without it
        var (crashedCode, _, crashedError) = RadAuditProcess.Run(Environment(("RADAUDIT_INJECT_NATIVE_CRASH", "11:cover-seed1: epoch 1/1")), Timeout, audit);
        bool othersDone = new[] { "original", "labels-only", "random-cover" }.All(condition => File.Exists(Path.Combine(run, "jobs", condition + "-seed1", "done")));
        bool crashRecorded = File.Exists(Path.Combine(run, "jobs", "cover-seed1", "crashed.json"));
        var (retriedCode, _, retriedError) = RadAuditProcess.Run(Environment(), Timeout, audit);

        // Then the first run names the job and the signal, finishes the other three and exits 1; the second completes the audit
        Assert.Equal(1, crashedCode);
        Assert.Contains("audit job cover-seed1 died with SIGSEGV (segmentation fault) inside native code", crashedError, StringComparison.Ordinal);
        Assert.Contains("1 job(s) died inside native code: cover-seed1", crashedError, StringComparison.Ordinal);
        Assert.True(othersDone, crashedError);
        Assert.True(crashRecorded, crashedError);
        Assert.True(retriedCode == 0, retriedError);
        Assert.True(File.Exists(Path.Combine(run, "results.json")));
        Assert.False(File.Exists(Path.Combine(run, "jobs", "cover-seed1", "crashed.json")));
    }

    private Dictionary<string, string?> Environment(params (string Name, string Value)[] extra)
    {
        var environment = new Dictionary<string, string?>
        {
            ["RADAUDIT_CACHE_DIR"] = _folder.Combine("cache"),
            ["RADAUDIT_INJECT_SIMULATED_CHECK"] = "1",
            ["RADAUDIT_INJECT_NATIVE_CRASH"] = null,
        };
        foreach ((string name, string value) in extra) environment[name] = value;
        return environment;
    }
}
