namespace RadAudit.Cli.Tests;

public sealed class CommandLineTests
{
    private static (int Code, string Output, string Error) Run(params string[] args) => CliInvocation.Run(args);

    [Fact]
    public void Should_list_every_verb_in_help()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        foreach (string verb in new[] { "audit", "audit-model", "compare", "data", "demo", "doctor", "evaluate", "info", "markers", "mask", "predict", "pretrain", "saliency", "synth", "train" })
            Assert.Contains(verb, output);
    }

    [Fact]
    public void Should_exit_2_with_one_clear_line_on_unknown_options()
    {
        var (code, _, error) = Run("info", "--no-such-option");
        Assert.Equal(2, code);
        Assert.Contains("--no-such-option", error);
        Assert.DoesNotContain("   at ", error); // no stack trace without --verbose
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Should_print_versions_and_a_working_tensor_in_info()
    {
        var (code, output, _) = Run("info");
        Assert.Equal(0, code);
        Assert.Contains("libtorch", output);
        Assert.Contains("2.10.", output);
        Assert.Contains("native fix-up", output);
    }
}
