using RadAudit.Cli.Supervision;

namespace RadAudit.Cli.Tests.Markers;

/// <summary>A verb that runs the learned detector gets the compute setup and the supervisor; one that does not, does not.</summary>
public sealed class DetectorSelectionTests
{
    [Theory]
    [InlineData(true, "markers", "detect", "--data", "d", "--out", "b.csv")]
    [InlineData(true, "markers", "detect", "--data", "d", "--out", "b.csv", "--detector", "learned")]
    [InlineData(false, "markers", "detect", "--data", "d", "--out", "b.csv", "--detector", "rules")]
    [InlineData(true, "markers", "train-detector", "--out", "w.weights")]
    [InlineData(false, "markers", "eval", "--truth", "t.csv", "--pred", "p.csv")]
    [InlineData(true, "audit", "--data", "d", "--detect-markers", "--out", "run")]
    [InlineData(false, "synth", "--out", "s")]
    public void Should_set_up_compute_exactly_for_commands_that_run_a_model(bool expected, params string[] args)
    {
        // Given a parsed command line
        var parse = CommandLineApp.Build().Parse(args);

        // Then the leaf command and its detector decide
        Assert.Empty(parse.Errors);
        Assert.Equal(expected, CommandLineApp.RunsModels(parse));
    }

    [Fact]
    public void Should_supervise_markers_detect_with_the_learned_detector_but_not_with_the_rules()
    {
        // Given the same command with either detector (the first word is "markers" both times)
        string[] learned = ["markers", "detect", "--images", "i", "--out", "b.csv"];
        string[] rules = [.. learned, "--detector", "rules"];

        // Then only the learned one is run in a supervised child (on Linux, where the supervisor exists)
        Assert.Equal(OperatingSystem.IsLinux(), Supervisor.ShouldSupervise(learned));
        Assert.False(Supervisor.ShouldSupervise(rules));
        Assert.False(Supervisor.ShouldSupervise(["markers", "eval", "--truth", "t", "--pred", "p"]));
        Assert.False(Supervisor.ShouldSupervise([.. learned, "--help"]));
    }

    [Fact]
    public void Should_name_sub_verbs_in_messages()
    {
        var parse = CommandLineApp.Build().Parse(["markers", "train-detector", "--out", "w"]);
        Assert.Equal("markers train-detector", CommandLineApp.CommandPath(parse));
    }

    [Fact]
    public void Should_reject_an_unknown_detector_as_a_usage_error()
    {
        var (code, _, error) = CliInvocation.Run("markers", "detect", "--images", "i", "--out", "b.csv", "--detector", "magic");
        Assert.Equal(2, code);
        Assert.Contains("magic", error);
    }
}
