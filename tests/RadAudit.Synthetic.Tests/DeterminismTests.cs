using RadAudit.Core;
using RadAudit.Testing;

namespace RadAudit.Synthetic.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Should_write_byte_identical_files_for_the_same_seed_whatever_the_thread_count()
    {
        // Given the same options generated twice, with 1 and with 2 threads
        using var folder = new TemporaryFolder();
        var options = SyntheticDataSets.Tiny(seed: 5);
        var first = SyntheticDataSets.CreateMura(folder, options with { Threads = 1 }, "one");
        var second = SyntheticDataSets.CreateMura(folder, options with { Threads = 2 }, "two");

        // When every file is compared
        var files = Files(first.Root);

        // Then the trees hold the same files with the same bytes
        Assert.Equal(files, Files(second.Root));
        Assert.All(files, relative => Assert.True(
            File.ReadAllBytes(Path.Combine(first.Root, relative)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Root, relative))), relative));
    }

    [Fact]
    public void Should_draw_different_images_for_a_different_seed()
    {
        // Given two seeds
        using var folder = new TemporaryFolder();
        var first = SyntheticDataSets.CreateMura(folder, SyntheticDataSets.Tiny(seed: 1), "a");
        var second = SyntheticDataSets.CreateMura(folder, SyntheticDataSets.Tiny(seed: 2), "b");

        // Then markers.csv differs
        Assert.NotEqual(File.ReadAllText(Path.Combine(first.Root, "markers.csv")), File.ReadAllText(Path.Combine(second.Root, "markers.csv")));
    }

    [Fact]
    public void Should_refuse_a_non_empty_folder_without_force_and_replace_with_force()
    {
        // Given a folder holding a user's file
        using var folder = new TemporaryFolder();
        string target = Path.Combine(folder.Path, "out");
        folder.WriteText("out/notes.txt", "mine");
        var options = SyntheticDataSets.Tiny() with { TrainStudies = 2, ValidStudies = 1 };

        // When generating without and then with force
        var refused = Assert.Throws<RadAuditException>(() => SyntheticMuraWriter.Write(target, options));
        SyntheticMuraWriter.Write(target, options, force: true);
        SyntheticMuraWriter.Write(target, options with { Seed = 99 }, force: true);

        // Then the error names the folder and the fix; force writes the set and keeps unrelated files; no staging left
        Assert.Contains(target, refused.Message);
        Assert.Contains(Settings.Mention(Settings.Force), refused.Message);
        Assert.True(File.Exists(Path.Combine(target, "MURA-v1.1", "train_image_paths.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "notes.txt")));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }

    [Theory]
    [InlineData(1.5, null, 0.5, 512, "confounding 1.5 is outside [0, 1]")]
    [InlineData(0.2, -1.5, 0.5, 512, "valid-split confounding -1.5 is outside [-1, 1]")]
    [InlineData(0.2, null, 2.0, 512, "difficulty 2 is outside [0, 1]")]
    [InlineData(0.2, null, 0.5, 10, "maximum image size 10 is outside [64, 4096]")]
    public void Should_reject_out_of_range_options_as_usage_errors(double confounding, double? valid, double difficulty, int maxSize, string expected)
    {
        // Given bad options
        var options = new SynthesisOptions { Confounding = confounding, ValidConfounding = valid, Difficulty = difficulty, MaxSize = maxSize };

        // Then validation names the setting and its value, and is a usage error about the synthesis settings
        var error = Assert.Throws<RadAuditException>(options.Validate);
        Assert.Contains(expected, error.Message);
        Assert.Equal(2, error.ExitCode);
        Assert.Equal(Settings.Synthesis, error.Setting);
    }

    private static List<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
}
