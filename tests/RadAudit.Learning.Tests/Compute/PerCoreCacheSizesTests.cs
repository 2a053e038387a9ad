using RadAudit.Learning.Runtime.Compute;
using RadAudit.Testing;

namespace RadAudit.Learning.Tests.Compute;

/// <summary>Where the repair takes real cache sizes from.</summary>
public sealed class PerCoreCacheSizesTests
{
    [Fact]
    public void Should_read_amd_legacy_leaves_and_cap_a_vms_package_wide_l3_share()
    {
        // Given the VM's legacy leaves (48 KB L1d, 1 MB L2, 508 MB L3 for the whole package) and 2 processors
        PerCoreCacheSizes? sizes = PerCoreCacheSizes.FromAmdLegacyLeaves(RecordedCpuid.Avx512VmWithoutCaches, logicalProcessors: 2);

        // Then L1 and L2 are the leaves' and the L3 share is capped at a real core's 4 MB
        Assert.NotNull(sizes);
        Assert.Equal((48u << 10, 1u << 20, 4u << 20), (sizes.Level1, sizes.Level2, sizes.Level3));
    }

    [Fact]
    public void Should_fall_back_to_onednns_guesses_when_nothing_answers()
    {
        using var folder = new TemporaryFolder();
        PerCoreCacheSizes sizes = PerCoreCacheSizes.Discover(RecordedCpuid.IntelWithoutCacheLeaf, Path.Combine(folder.Path, "none"), 2);

        Assert.Same(PerCoreCacheSizes.OneDnnGuesses, sizes);
    }

    [Fact]
    public void Should_prefer_linux_sysfs_and_divide_shared_levels_by_their_cpus()
    {
        // Given a sysfs cache folder: 32K L1d and 1024K L2 per core, 32M L3 shared by 16 CPUs, plus an instruction cache
        using var folder = new TemporaryFolder();
        WriteIndex(folder.Path, 0, "Data", 1, "32K", "0-1");
        WriteIndex(folder.Path, 1, "Instruction", 1, "32K", "0-1");
        WriteIndex(folder.Path, 2, "Unified", 2, "1024K", "0-1");
        WriteIndex(folder.Path, 3, "Unified", 3, "32M", "0-15");

        PerCoreCacheSizes sizes = PerCoreCacheSizes.Discover(RecordedCpuid.Avx512VmWithoutCaches, folder.Path);

        // Then sizes are per CPU listed as sharing (SMT siblings share L1/L2 here, so halves), and the source is named
        Assert.Equal((16u << 10, 512u << 10, 2u << 20), (sizes.Level1, sizes.Level2, sizes.Level3));
        Assert.StartsWith("Linux sysfs", sizes.Source, StringComparison.Ordinal);
    }

    private static void WriteIndex(string root, int index, string type, int level, string size, string shared)
    {
        string folder = Directory.CreateDirectory(Path.Combine(root, $"index{index}")).FullName;
        File.WriteAllText(Path.Combine(folder, "type"), type + "\n");
        File.WriteAllText(Path.Combine(folder, "level"), level + "\n");
        File.WriteAllText(Path.Combine(folder, "size"), size + "\n");
        File.WriteAllText(Path.Combine(folder, "shared_cpu_list"), shared + "\n");
    }
}
