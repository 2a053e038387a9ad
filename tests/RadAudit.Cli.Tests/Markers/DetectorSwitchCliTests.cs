using RadAudit.Data.Boxes;
using RadAudit.Synthetic.Realism;
using RadAudit.Testing;

namespace RadAudit.Cli.Tests.Markers;

public sealed class DetectorSwitchCliTests
{
    [Fact]
    public void Should_run_the_learned_detector_by_default_and_the_rules_when_asked()
    {
        // Given a small realistic set
        using var folder = new TemporaryFolder();
        var data = SyntheticDataSets.CreateMura(folder, SyntheticDataSets.Tiny(13) with { MaxSize = 256, TrainStudies = 6, ValidStudies = 0, MarkerRealism = MarkerRealism.HardMarkers });

        // When it is searched with the default and with --detector rules
        var learned = CliInvocation.Run("markers", "detect", "--data", data.Root, "--out", folder.Combine("learned.csv"));
        var rules = CliInvocation.Run("markers", "detect", "--detector", "rules", "--data", data.Root, "--out", folder.Combine("rules.csv"));

        // Then each names its detector; only the learned one writes every image's labels-present probability beside its boxes
        Assert.True(learned.Code == 0, learned.Error);
        Assert.True(rules.Code == 0, rules.Error);
        Assert.Contains("detector: radaudit learned label detector", learned.Output);
        Assert.Contains("detector: radaudit rule-based label detector", rules.Output);
        var probabilities = LabelsPresentFile.ReadBeside(folder.Combine("learned.csv"));
        Assert.All(probabilities.Values, probability => Assert.InRange(probability, 0, 1));
        Assert.Equal(File.ReadAllLines(Path.Combine(data.Root, "MURA-v1.1", "train_image_paths.csv")).Length, probabilities.Count);
        Assert.False(File.Exists(LabelsPresentFile.PathFor(folder.Combine("rules.csv"))));
    }

    [Fact]
    public void Should_report_coverage_misses_calibration_and_hardware_hits_in_eval()
    {
        // Given a realistic set with plates and the learned detector's boxes and presence
        using var folder = new TemporaryFolder();
        var realism = MarkerRealism.HardMarkers with { PlateChance = 1 };
        var data = SyntheticDataSets.CreateMura(folder, SyntheticDataSets.Tiny(14) with { MaxSize = 256, TrainStudies = 6, ValidStudies = 0, MarkerRealism = realism });
        var detect = CliInvocation.Run("markers", "detect", "--data", data.Root, "--out", folder.Combine("p.csv"));
        Assert.True(detect.Code == 0, detect.Error);

        // When evaluated at IoU 0.3 with the mimics (the labels-present file is found beside the predictions)
        var eval = CliInvocation.Run("markers", "eval", "--truth", Path.Combine(data.Root, "markers.csv"), "--pred", folder.Combine("p.csv"), "--iou", "0.3",
            "--mimics", Path.Combine(data.Root, "mimics.csv"));

        // Then every figure the issue asks for is printed
        Assert.True(eval.Code == 0, eval.Error);
        Assert.Contains("(IoU threshold 0.3)", eval.Output);
        Assert.Contains("images with labels but no predicted box:", eval.Output);
        Assert.Contains("box score calibration error (ECE, 10 bins, matched at IoU 0.3)", eval.Output);
        Assert.Contains("labels-present calibration error (ECE, 10 bins)", eval.Output);
        Assert.Contains("predicted boxes on hardware", eval.Output);
        Assert.NotEmpty(BoxFiles.Read(Path.Combine(data.Root, "markers.csv")));
    }

    [Fact]
    public void Should_refuse_a_negative_training_seed_as_a_usage_error()
    {
        var (code, _, error) = CliInvocation.Run("markers", "train-detector", "--out", Path.Combine(Path.GetTempPath(), "never.weights"), "--seed", "-3");
        Assert.Equal(2, code);
        Assert.Contains("--seed -3", error);
    }

    [Fact]
    public void Should_refuse_an_input_size_that_is_not_a_multiple_of_16_as_a_usage_error()
    {
        var (code, _, error) = CliInvocation.Run("markers", "train-detector", "--out", Path.Combine(Path.GetTempPath(), "never.weights"), "--input-size", "300");
        Assert.Equal(2, code);
        Assert.Contains("--input-size 300", error);
        Assert.Contains("multiple of 16", error);
    }
}
