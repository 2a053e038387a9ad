using RadAudit.Synthetic.Realism;
using RadAudit.Testing;

namespace RadAudit.Synthetic.Tests.Realism;

public sealed class RealisticSetTests
{
    [Fact]
    public void Should_write_byte_identical_realistic_sets_whatever_the_thread_count()
    {
        // Given the hard-markers preset generated with 1 and 2 threads
        using var folder = new TemporaryFolder();
        var options = SyntheticDataSets.Tiny(seed: 17) with { MaxSize = 160, MarkerRealism = MarkerRealism.HardMarkers };
        var one = SyntheticDataSets.CreateMura(folder, options with { Threads = 1 }, "one");
        var two = SyntheticDataSets.CreateMura(folder, options with { Threads = 2 }, "two");

        // Then every file, mimics.csv and synth.json included, is the same
        foreach (string file in Directory.GetFiles(one.Root, "*", SearchOption.AllDirectories))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(two.Root, Path.GetRelativePath(one.Root, file))));
        Assert.Contains("hard-markers", File.ReadAllText(Path.Combine(one.Root, "synth.json")));
    }

    [Fact]
    public void Should_change_nothing_but_the_marker_when_it_is_left_out()
    {
        // Given hard-markers images rendered with and without their marker
        var renders = RealismRenders.Draw(MarkerRealism.HardMarkers with { HolderChance = 0 }, studies: 8);

        // Then outside the text boxes and the plate the two are equal
        foreach (var (plan, marked, plain) in renders)
            for (int y = 0; y < plain.Height; y++)
                for (int x = 0; x < plain.Width; x++)
                    if (!RealismRenders.InAnyBox(marked, x, y))
                        Assert.True(Math.Abs(marked.Image[x, y] - plain[x, y]) <= 0.2f, $"{plan.Path} ({x},{y})");
    }

    [Fact]
    public void Should_reject_a_chance_outside_zero_to_one_naming_the_control()
    {
        // Given a bad control
        var realism = new MarkerRealism { RulerChance = 1.5 };

        // Then validation names it and is a usage error
        var error = Assert.Throws<RadAudit.Core.RadAuditException>(realism.Validate);
        Assert.Contains(nameof(MarkerRealism.RulerChance), error.Message);
        Assert.Equal(2, error.ExitCode);
    }

    [Fact]
    public void Should_plan_the_documented_hard_benchmark_set()
    {
        // Given the hard set's options (radaudit synth --preset hard-markers --seed 17 --train-studies 120 --valid-studies 0)
        var options = HardBenchmarkSet.Options;

        // When its images are planned (not drawn)
        var plans = Planning.StudyPlanner.Plan(options, Markers.TechnologistRoster.Create(options.Seed));

        // Then it is the set docs/markers.md measures: 318 images of 512 px, hard-markers, seed 17, train split only
        Assert.Equal(318, plans.Count);
        Assert.All(plans, plan => Assert.Equal("train", plan.Split));
        Assert.Equal(512, options.MaxSize);
        Assert.Same(MarkerRealism.HardMarkers, options.MarkerRealism);
        Assert.Contains("--seed 17", HardBenchmarkSet.Command);
        Assert.Contains($"--train-studies {HardBenchmarkSet.Studies}", HardBenchmarkSet.Command);
    }
}
