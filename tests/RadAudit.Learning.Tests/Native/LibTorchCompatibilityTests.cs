using RadAudit.Learning.Runtime;

namespace RadAudit.Learning.Tests.Native;

/// <summary>Which PyTorch installations RADAUDIT_LIBTORCH may point at without a warning.</summary>
public sealed class LibTorchCompatibilityTests
{
    [Theory]
    [InlineData("2.10.0")]
    [InlineData("2.10.1+cpu")]
    [InlineData("2.11.0+cu130")]
    public void Should_accept_the_verified_versions_silently(string version) =>
        Assert.Null(LibTorchLocator.CompatibilityWarning("/opt/torch/lib", version));

    [Theory]
    [InlineData("1.13.0a0+git")]
    [InlineData("2.1.0")]
    [InlineData("2.12.0.dev20261101")]
    public void Should_warn_about_other_versions_naming_folder_version_and_the_way_back(string version)
    {
        string? warning = LibTorchLocator.CompatibilityWarning("/opt/torch/lib", version);

        Assert.NotNull(warning);
        Assert.Contains("/opt/torch/lib", warning);
        Assert.Contains(version, warning);
        Assert.Contains(LibTorchLocator.BuiltFor, warning);
        Assert.Contains(LibTorchLocator.EnvironmentVariable, warning);
    }

    [Fact]
    public void Should_warn_when_the_version_cannot_be_read() =>
        Assert.Contains("unknown", LibTorchLocator.CompatibilityWarning("/opt/torch/lib", null));

    [Theory]
    [InlineData("1.13.0a0+git", true)]
    [InlineData("2.9.1", true)]
    [InlineData("2.10.0", false)]
    [InlineData("2.12.0", false)]
    [InlineData("3.0.0", false)]
    [InlineData(null, false)]
    [InlineData("nightly", false)]
    public void Should_refuse_only_releases_older_than_the_one_TorchSharp_was_built_for(string? version, bool older) =>
        Assert.Equal(older, LibTorchLocator.IsOlderThanBuiltFor(version));
}
