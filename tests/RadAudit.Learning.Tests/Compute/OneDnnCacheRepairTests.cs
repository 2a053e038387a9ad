using System.Runtime.InteropServices;
using RadAudit.Learning.Runtime.Compute;

namespace RadAudit.Learning.Tests.Compute;

/// <summary>The repair's decisions, on a copy of oneDNN's CPU object in unmanaged memory.</summary>
public sealed class OneDnnCacheRepairTests
{
    private static readonly PerCoreCacheSizes Sizes = new(48 << 10, 1 << 20, 4 << 20, "test");

    [Fact]
    public void Should_replace_one_byte_caches_and_read_them_back()
    {
        // Given the object as Xbyak builds it on issue #16's VM
        XbyakCacheView seen = XbyakCacheView.Predict(RecordedCpuid.Avx512VmWithoutCaches);
        using var memory = new FakeCpuObject(seen);

        // When the repair runs
        CacheRepairOutcome outcome = OneDnnCacheRepair.Apply(seen, Sizes, () => (memory.Object, null));

        // Then the three levels hold the real per-core sizes, each shared by one core, and the outcome says so
        Assert.Equal(CacheRepairStatus.Applied, outcome.Status);
        Assert.Equal([48u << 10, 1u << 20, 4u << 20], memory.Sizes());
        Assert.Equal([1u, 1u, 1u], memory.Sharing());
        Assert.Contains("L1 1 B", outcome.Detail, StringComparison.Ordinal);
        Assert.Contains("given L1 48 KB, L2 1 MB, L3 4 MB", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_be_idempotent_within_a_process()
    {
        XbyakCacheView seen = XbyakCacheView.Predict(RecordedCpuid.Avx512VmWithoutCaches);
        using var memory = new FakeCpuObject(seen);
        OneDnnCacheRepair.Apply(seen, Sizes, () => (memory.Object, null));

        CacheRepairOutcome again = OneDnnCacheRepair.Apply(seen, Sizes, () => (memory.Object, null));

        Assert.Equal(CacheRepairStatus.Applied, again.Status);
    }

    [Fact]
    public void Should_refuse_an_object_that_does_not_hold_what_cpuid_predicts()
    {
        // Given an object whose fields differ from the prediction (another layout, or another libtorch)
        XbyakCacheView seen = XbyakCacheView.Predict(RecordedCpuid.Avx512VmWithoutCaches);
        using var memory = new FakeCpuObject(seen with { Sizes = new uint[] { 1, 2, 1 } });

        CacheRepairOutcome outcome = OneDnnCacheRepair.Apply(seen, Sizes, () => (memory.Object, null));

        // Then nothing is written and the outcome says the layout is not the known one
        Assert.Equal(CacheRepairStatus.Unavailable, outcome.Status);
        Assert.Equal([1u, 2u, 1u], memory.Sizes());
        Assert.Contains("layout is not the known one", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_leave_a_healthy_machine_alone_without_looking_for_the_object()
    {
        XbyakCacheView seen = XbyakCacheView.Predict(RecordedCpuid.HealthyAmd);

        CacheRepairOutcome outcome = OneDnnCacheRepair.Apply(seen, Sizes, () => throw new InvalidOperationException("must not look"));

        Assert.Equal(CacheRepairStatus.NotNeeded, outcome.Status);
    }

    [Fact]
    public void Should_say_why_when_the_object_cannot_be_found()
    {
        XbyakCacheView seen = XbyakCacheView.Predict(RecordedCpuid.Avx512VmWithoutCaches);

        CacheRepairOutcome outcome = OneDnnCacheRepair.Apply(seen, Sizes, () => (null, "a stripped libtorch"));

        Assert.Equal(CacheRepairStatus.Unavailable, outcome.Status);
        Assert.EndsWith("a stripped libtorch", outcome.Detail, StringComparison.Ordinal);
    }

    // 144 bytes laid out as oneDNN 3.7's Xbyak::util::Cpu, filled as Xbyak fills them for a CPUID view.
    private sealed class FakeCpuObject : IDisposable
    {
        private readonly nint _memory = Marshal.AllocHGlobal((int)OneDnnCpuObject.KnownSize);

        public FakeCpuObject(XbyakCacheView view)
        {
            for (int offset = 0; offset < (int)OneDnnCpuObject.KnownSize; offset++) Marshal.WriteByte(_memory, offset, 0);
            Marshal.WriteByte(_memory, OneDnnCpuObject.X2ApicOffset, view.X2ApicSupported ? (byte)1 : (byte)0);
            Marshal.WriteInt32(_memory, OneDnnCpuObject.CoresOffset, (int)view.SmtWidth);
            Marshal.WriteInt32(_memory, OneDnnCpuObject.CoresOffset + 4, (int)view.LogicalCores);
            Marshal.WriteInt32(_memory, OneDnnCpuObject.LevelsOffset, view.Levels);
            for (int level = 0; level < view.Levels; level++)
            {
                Marshal.WriteInt32(_memory, OneDnnCpuObject.SizesOffset + 4 * level, (int)view.Sizes[level]);
                Marshal.WriteInt32(_memory, OneDnnCpuObject.SharingOffset + 4 * level, (int)view.CoresSharing[level]);
            }
            Object = new OneDnnCpuObject(_memory);
        }

        public OneDnnCpuObject Object { get; }

        public uint[] Sizes() => Read(OneDnnCpuObject.SizesOffset);

        public uint[] Sharing() => Read(OneDnnCpuObject.SharingOffset);

        public void Dispose() => Marshal.FreeHGlobal(_memory);

        private uint[] Read(int offset) => Enumerable.Range(0, 3).Select(level => (uint)Marshal.ReadInt32(_memory, offset + 4 * level)).ToArray();
    }
}
