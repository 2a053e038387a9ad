using RadAudit.Cli.Options;
using RadAudit.Core;

namespace RadAudit.Cli.Tests;

/// <summary>Library errors in the library's words reach the command line with its options.</summary>
public sealed class OptionNamesTests
{
    [Fact]
    public void Should_put_the_option_of_the_setting_first_and_translate_mentions_of_other_settings()
    {
        // Given a library error about the data that suggests the skip-bad setting
        var problem = new RadAuditException($"/data: 3 bad images; fix them or use {Settings.Mention(Settings.SkipBad)}.", setting: Settings.Data);

        // When the audit verb prints it
        string line = OptionNames.Describe(problem, "audit");

        // Then the line starts with --data and names --skip-bad
        Assert.Equal("--data: /data: 3 bad images; fix them or use --skip-bad.", line);
    }

    [Theory]
    [InlineData("audit", Settings.SaliencyMethod, "--saliency-method")]
    [InlineData("saliency", Settings.SaliencyMethod, "--method")]
    [InlineData("review", Settings.Boxes, "--boxes")]
    [InlineData("train", Settings.Boxes, "--markers")]
    [InlineData("train", Settings.LearningRate, "--lr")]
    public void Should_spell_a_setting_as_the_verb_does(string verb, string setting, string option) =>
        Assert.Equal(option, OptionNames.For(setting, verb));

    [Fact]
    public void Should_leave_a_message_alone_when_its_setting_has_no_single_option()
    {
        var problem = new RadAuditException("confounding 1.5 is outside [0, 1].", exitCode: 2, setting: Settings.Synthesis);

        Assert.Equal("confounding 1.5 is outside [0, 1].", OptionNames.Describe(problem, "synth"));
    }

    [Fact]
    public void Should_name_the_architecture_option_when_a_library_rejects_one()
    {
        // Given an unknown architecture given to the library by the train verb
        var (code, _, error) = CliInvocation.Run("audit", "--data", "/nonexistent", "--markers", "x.csv", "--out", "/tmp/x", "--conditions", "banana");

        // Then the audit's own spelling of the setting comes first
        Assert.Equal(2, code);
        Assert.StartsWith("radaudit: --conditions: unknown condition 'banana'", error, StringComparison.Ordinal);
    }
}
