using RadAudit.Testing;

namespace RadAudit.Core.Tests;

public sealed class FileKindsTests
{
    [Fact]
    public void Should_tell_regular_files_folders_and_missing_paths_apart()
    {
        using var folder = new TemporaryFolder();
        string file = folder.WriteText("a.csv", "x");

        Assert.Equal(FileKind.Regular, FileKinds.Of(file));
        Assert.Equal(FileKind.Directory, FileKinds.Of(folder.Path));
        Assert.Equal(FileKind.Missing, FileKinds.Of(folder.Combine("none.csv")));
    }

    [SkippableFact]
    public void Should_recognise_a_named_pipe_without_opening_it()
    {
        Skip.IfNot(SpecialFiles.CanMakePipes, "named pipes need Unix and mkfifo");
        // Given a named pipe nobody writes to (opening it would block)
        using var folder = new TemporaryFolder();
        string pipe = SpecialFiles.MakePipe(folder.Combine("image1.png"));

        // When its kind is asked for, then it is a named pipe, and requiring a regular file names it
        Assert.Equal(FileKind.NamedPipe, SpecialFiles.WithinSeconds(10, () => FileKinds.Of(pipe)));
        var problem = Assert.Throws<RadAuditException>(() => FileKinds.RequireRegularOrMissing(pipe, "manifest"));
        Assert.Equal($"{pipe}: the manifest is a named pipe (FIFO); RadAudit reads only regular files. Name the file itself.", problem.Message);
    }

    [SkippableFact]
    public void Should_recognise_a_symbolic_link_loop_and_a_device()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic-link loops and /dev/null are Unix things");
        using var folder = new TemporaryFolder();
        string loop = SpecialFiles.MakeLinkLoop(folder.Combine("loop.png"));

        Assert.Equal(FileKind.LinkLoop, FileKinds.Of(loop));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
    }
}
