using RadAudit.Learning.Runtime.Compute;

namespace RadAudit.Learning.Tests.Compute;

/// <summary>What oneDNN 3.7's Xbyak computes from CPUID, on the machines that matter.</summary>
public sealed class XbyakCacheViewTests
{
    [Fact]
    public void Should_see_one_byte_caches_on_the_vm_that_hides_leaf_0x8000001D()
    {
        // Given issue #16's VM: AMD, leaf 0x8000001D all zeros
        // When Xbyak's view is predicted
        XbyakCacheView view = XbyakCacheView.Predict(RecordedCpuid.Avx512VmWithoutCaches);

        // Then it has three levels of one byte, each shared by one core, and counts as unusable
        Assert.Equal(3, view.Levels);
        Assert.Equal([1u, 1u, 1u], view.Sizes);
        Assert.Equal([1u, 1u, 1u], view.CoresSharing);
        Assert.True(view.X2ApicSupported);
        Assert.Equal((1u, 1u), (view.SmtWidth, view.LogicalCores));
        Assert.True(view.IsUnusable);
        Assert.Equal("L1 1 B, L2 1 B, L3 1 B", OneDnnCacheRepair.Describe(view));
    }

    [Fact]
    public void Should_see_real_sizes_on_a_healthy_amd_part()
    {
        // Given an AMD part whose leaf 0x8000001D answers
        XbyakCacheView view = XbyakCacheView.Predict(RecordedCpuid.HealthyAmd);

        // Then sizes follow the leaf (Xbyak's field widths), L3 is shared by 8 cores, and nothing needs repair
        Assert.Equal([32u << 10, 1u << 20, 32u << 20], view.Sizes);
        Assert.Equal([1u, 1u, 8u], view.CoresSharing);
        Assert.False(view.IsUnusable);
        Assert.Equal("L1 32 KB, L2 1 MB, L3 4 MB", OneDnnCacheRepair.Describe(view));
    }

    [Fact]
    public void Should_see_no_levels_where_intel_leaf_4_is_zeroed_which_onednn_handles_with_its_guesses()
    {
        XbyakCacheView view = XbyakCacheView.Predict(RecordedCpuid.IntelWithoutCacheLeaf);

        Assert.Equal(0, view.Levels);
        Assert.False(view.IsUnusable);
    }

    [Fact]
    public void Should_see_no_caches_on_a_vendor_xbyak_does_not_know()
    {
        XbyakCacheView view = XbyakCacheView.Predict(RecordedCpuid.OtherVendor);

        Assert.Equal(CpuVendor.Other, XbyakCacheView.CpuVendorOf(RecordedCpuid.OtherVendor));
        Assert.Equal(0, view.Levels);
        Assert.False(view.IsUnusable);
    }
}
