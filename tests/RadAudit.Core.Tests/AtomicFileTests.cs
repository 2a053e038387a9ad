namespace RadAudit.Core.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "radaudit-atomic-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_replace_the_content_and_leave_no_temporary_file()
    {
        // Given an existing file in a folder that the write must create
        string path = Path.Combine(_folder, "sub", "a.txt");
        AtomicFile.WriteText(path, "old");

        // When it is written again
        AtomicFile.WriteText(path, "new ü");

        // Then only the new UTF-8 content (no byte-order mark) remains
        Assert.Equal("new ü"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal(["a.txt"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_keep_the_old_content_when_the_write_is_killed_before_the_rename()
    {
        string path = Path.Combine(_folder, "b.bin");
        AtomicFile.WriteBytes(path, [1, 2, 3]);

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream => stream.Write([9, 9, 9, 9]),
            beforeRename: _ => throw new IOException("simulated kill")));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_folder));
    }
}
