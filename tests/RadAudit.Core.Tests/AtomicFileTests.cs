using RadAudit.Testing;

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

    [Fact]
    public void Should_remove_the_empty_temporary_file_a_killed_save_left_on_the_next_write()
    {
        // Given a checkpoint and the 0-byte temporary file of a save killed (kill -9) two minutes ago
        string path = Path.Combine(_folder, "last.ckpt");
        AtomicFile.WriteBytes(path, [1]);
        string left = Path.Combine(_folder, $".last.ckpt.{SpecialFiles.EndedProcessId()}-0123456789abcdef.tmp");
        File.WriteAllBytes(left, []);
        File.SetLastWriteTimeUtc(left, DateTime.UtcNow.AddMinutes(-2));

        // When the checkpoint is saved again
        AtomicFile.WriteBytes(path, [2]);

        // Then the leftover is gone and only the checkpoint remains
        Assert.Equal(["last.ckpt"], Directory.GetFiles(_folder).Select(Path.GetFileName));
        Assert.Equal([2], File.ReadAllBytes(path));
    }

    [Fact]
    public void Should_keep_a_temporary_file_whose_writer_still_runs_or_that_was_just_written()
    {
        // Given two temporary files beside a target: one of this (running) process, one of an ended process written just now
        string path = Path.Combine(_folder, "results.json");
        Directory.CreateDirectory(_folder);
        string running = Path.Combine(_folder, $".results.json.{Environment.ProcessId}-aaaa.tmp");
        string fresh = Path.Combine(_folder, $".results.json.{SpecialFiles.EndedProcessId()}-bbbb.tmp");
        File.WriteAllBytes(running, []);
        File.SetLastWriteTimeUtc(running, DateTime.UtcNow.AddHours(-1));
        File.WriteAllBytes(fresh, []);

        // When the target is written
        AtomicFile.WriteText(path, "{}");

        // Then both are left alone (another writer may still rename them)
        Assert.True(File.Exists(running));
        Assert.True(File.Exists(fresh));
    }

    [Fact]
    public void Should_create_a_file_only_when_it_does_not_exist()
    {
        string path = Path.Combine(_folder, "plan.json");

        Assert.True(AtomicFile.TryCreateText(path, "first"));
        Assert.False(AtomicFile.TryCreateText(path, "second"));

        Assert.Equal("first", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Should_create_the_folder_of_a_writable_place_and_leave_nothing_in_it()
    {
        string path = Path.Combine(_folder, "out", "predictions.csv");

        AtomicFile.CheckWritable(path);

        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(_folder, "out")));
    }

    [Fact]
    public void Should_name_the_file_and_the_fix_when_its_place_cannot_be_written()
    {
        // Given an output whose folder is a regular file (so no user, root included, can write there)
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "results"), "");
        string path = Path.Combine(_folder, "results", "predictions.csv");

        // When checked before long work
        var problem = Assert.Throws<RadAuditException>(() => AtomicFile.CheckWritable(path));

        // Then the message names the file and the way out, about the output setting
        Assert.StartsWith($"{path}: cannot be written here (", problem.Message);
        Assert.EndsWith("Choose a place you can write to, or fix the folder's permissions or free space, then rerun.", problem.Message);
        Assert.Equal(Settings.Output, problem.Setting);
    }
}
