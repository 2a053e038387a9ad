using RadAudit.Learning.Runtime;
using TorchSharp;

namespace RadAudit.Learning.Tests.Native;

public sealed class TorchLoadsTests
{
    [Fact]
    public void Should_create_and_sum_a_tensor_with_the_built_native_library()
    {
        using var tensor = torch.arange(1, 5, dtype: torch.float32);
        using var sum = tensor.sum();
        Assert.Equal(10f, sum.item<float>());
    }

    [Fact]
    public void Should_report_libtorch_2_10_from_the_package()
    {
        TorchRuntimeInfo info = TorchRuntimeInfo.Collect();
        Assert.StartsWith("2.10.", info.LibTorchVersion);
        Assert.Equal("package", info.LibTorchSource);
        Assert.True(info.Threads >= 1);
    }

    [Fact]
    public void Should_resolve_cpu_and_reject_unknown_devices()
    {
        Assert.Equal(DeviceType.CPU, ComputeDevice.Resolve("cpu").type);
        var problem = Assert.Throws<RadAudit.Core.RadAuditException>(() => ComputeDevice.Resolve("tpu"));
        Assert.Equal(2, problem.ExitCode);
    }
}
