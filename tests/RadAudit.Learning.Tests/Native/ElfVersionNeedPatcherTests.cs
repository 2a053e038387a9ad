using RadAudit.Build;
using RadAudit.Testing;

namespace RadAudit.Learning.Tests.Native;

public sealed class ElfVersionNeedPatcherTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_set_only_the_weak_flag_of_the_named_version()
    {
        // Given a crafted ELF that needs GLIBCXX_3.4.32 strongly
        string path = _folder.WriteBytes("lib.so", MinimalElfBuilder.Build());
        byte[] before = File.ReadAllBytes(path);
        Assert.Equal(ElfVersionNeedState.Required, ElfVersionNeedPatcher.Inspect(path, "GLIBCXX_3.4.32"));

        // When it is made weak
        ElfVersionNeedState previous = ElfVersionNeedPatcher.MakeWeak(path, "GLIBCXX_3.4.32");

        // Then exactly one bit of one byte changed, and the other version is untouched
        byte[] after = File.ReadAllBytes(path);
        Assert.Equal(ElfVersionNeedState.Required, previous);
        Assert.Equal(ElfVersionNeedState.Weak, ElfVersionNeedPatcher.Inspect(path, "GLIBCXX_3.4.32"));
        Assert.Equal(ElfVersionNeedState.Required, ElfVersionNeedPatcher.Inspect(path, "GLIBCXX_3.4"));
        int[] changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToArray();
        Assert.Equal([MinimalElfBuilder.FlagsOffsetOf34_32], changed);
        Assert.Equal(ElfVersionNeedPatcher.WeakFlag, after[MinimalElfBuilder.FlagsOffsetOf34_32]);
    }

    [Fact]
    public void Should_leave_an_already_patched_file_byte_identical()
    {
        string path = _folder.WriteBytes("lib.so", MinimalElfBuilder.Build(flagsOf34_32: ElfVersionNeedPatcher.WeakFlag));
        byte[] before = File.ReadAllBytes(path);
        DateTime modified = File.GetLastWriteTimeUtc(path);

        Assert.Equal(ElfVersionNeedState.Weak, ElfVersionNeedPatcher.MakeWeak(path, "GLIBCXX_3.4.32"));

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(modified, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_elf_without_changing_it()
    {
        string path = _folder.WriteBytes("notes.txt", "just text, long enough to pass the header size check........"u8.ToArray());
        byte[] before = File.ReadAllBytes(path);

        Assert.Equal(ElfVersionNeedState.NotElf, ElfVersionNeedPatcher.MakeWeak(path, "GLIBCXX_3.4.32"));
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Should_report_a_version_the_file_does_not_need()
    {
        string path = _folder.WriteBytes("lib.so", MinimalElfBuilder.Build());
        Assert.Equal(ElfVersionNeedState.VersionNotRequired, ElfVersionNeedPatcher.MakeWeak(path, "GLIBCXX_3.4.99"));
    }

    [Fact]
    public void Should_find_a_version_string_only_as_a_whole_string()
    {
        string path = _folder.WriteBytes("libstdc++.so.6", "\0GLIBCXX_3.4.30\0GLIBCXX_3.4.3\0"u8.ToArray());
        Assert.True(ElfVersionNeedPatcher.FileMentionsVersion(path, "GLIBCXX_3.4.30"));
        Assert.False(ElfVersionNeedPatcher.FileMentionsVersion(path, "GLIBCXX_3.4.32"));
        Assert.False(ElfVersionNeedPatcher.FileMentionsVersion(path, "GLIBCXX_3.4.0"));
    }

    [SkippableFact]
    public void Should_have_patched_the_built_copy_of_the_torchsharp_library_on_this_system()
    {
        // The build's fix-up ran on this test project's output (Linux only; elsewhere nothing to check).
        Skip.IfNot(OperatingSystem.IsLinux(), "the ELF fix-up applies to Linux builds only");
        string library = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        Assert.True(File.Exists(library), $"{library} missing");
        ElfVersionNeedState state = ElfVersionNeedPatcher.Inspect(library, "GLIBCXX_3.4.32");
        bool systemHasVersion = File.Exists("/usr/lib/x86_64-linux-gnu/libstdc++.so.6")
            && ElfVersionNeedPatcher.FileMentionsVersion("/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "GLIBCXX_3.4.32");
        Assert.Equal(systemHasVersion ? ElfVersionNeedState.Required : ElfVersionNeedState.Weak, state);
    }
}
