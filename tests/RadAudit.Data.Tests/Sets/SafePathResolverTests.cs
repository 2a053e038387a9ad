using RadAudit.Data.Sets;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Sets;

public sealed class SafePathResolverTests
{
    [Theory]
    [InlineData("../outside.png")]
    [InlineData("sub/../../outside.png")]
    [InlineData("sub\\..\\..\\outside.png")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    public void Should_refuse_paths_that_leave_the_root(string path)
    {
        using var folder = new TemporaryFolder();
        var resolver = new SafePathResolver(folder.Combine("root/x"));
        Assert.False(resolver.TryResolve(path, out _, out string problem));
        Assert.NotEmpty(problem);
    }

    [Fact]
    public void Should_resolve_a_plain_relative_path_inside_the_root()
    {
        using var folder = new TemporaryFolder();
        string file = folder.WriteText("root/sub/a.png", "x");
        var resolver = new SafePathResolver(Path.Combine(folder.Path, "root"));
        Assert.Equal(file, resolver.Resolve("sub/a.png"));
    }

    [Fact]
    public void Should_refuse_symlinks_pointing_outside_and_accept_those_inside()
    {
        // Given a root with a file link and a folder link to outside, and a link to a file inside
        using var folder = new TemporaryFolder();
        string secret = folder.WriteText("outside/secret.png", "x");
        string inside = folder.WriteText("root/real/a.png", "x");
        string root = Path.Combine(folder.Path, "root");
        File.CreateSymbolicLink(Path.Combine(root, "file-out.png"), secret);
        Directory.CreateSymbolicLink(Path.Combine(root, "folder-out"), Path.GetDirectoryName(secret)!);
        File.CreateSymbolicLink(Path.Combine(root, "file-in.png"), inside);
        var resolver = new SafePathResolver(root);

        // Then links out are refused, links in accepted
        Assert.False(resolver.TryResolve("file-out.png", out _, out string fileProblem));
        Assert.Contains("symlink", fileProblem);
        Assert.False(resolver.TryResolve("folder-out/secret.png", out _, out _));
        Assert.True(resolver.TryResolve("file-in.png", out _, out _));
    }
}
