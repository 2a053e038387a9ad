using System.Runtime.InteropServices;

namespace RadAudit.Core;

/// <summary>
/// Tells regular files from the things that only look like files (named pipes, devices, sockets, link loops), so
/// readers refuse them by name instead of hanging on a pipe or reading a device forever.
/// </summary>
public static class FileKinds
{
    private const int TypeMask = 0xF000, Pipe = 0x1000, CharacterDevice = 0x2000, Folder = 0x4000, BlockDevice = 0x6000,
        Regular = 0x8000, Link = 0xA000, Socket = 0xC000;

    // System.Native's FileStatus is about 130 bytes; the buffer leaves room for fields later runtimes may add.
    private const int StatusBytes = 512;

    private static readonly Lazy<bool> NativeStatWorks = new(() =>
    {
        try
        {
            return NativeStat("/", new byte[StatusBytes]) == 0;
        }
        catch (Exception problem) when (problem is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    });

    /// <summary>What <paramref name="path"/> is, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows() || !NativeStatWorks.Value) return WithoutStat(path);
        if (StatMode(path, followLinks: true) is int mode)
            return (mode & TypeMask) switch
            {
                Regular => FileKind.Regular,
                Folder => FileKind.Directory,
                Pipe => FileKind.NamedPipe,
                CharacterDevice => FileKind.CharacterDevice,
                BlockDevice => FileKind.BlockDevice,
                Socket => FileKind.Socket,
                _ => FileKind.Other,
            };
        // stat failed: a dangling link or nothing at all is missing; a link that never ends is a loop.
        if (StatMode(path, followLinks: false) is int linkMode && (linkMode & TypeMask) == Link && LeadsToItself(path))
            return FileKind.LinkLoop;
        return FileKind.Missing;
    }

    /// <summary>Words for a kind in a message: "a named pipe (FIFO)", "a folder", ….</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.NamedPipe => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.LinkLoop => "a symbolic-link loop (the link leads back to itself)",
        _ => "not a regular file",
    };

    /// <summary>
    /// Throws a <see cref="RadAuditException"/> naming <paramref name="path"/> unless it is a regular file or missing
    /// (a missing file is left to the caller, which knows what its absence means). <paramref name="what"/> names the
    /// file's role ("manifest", "box file").
    /// </summary>
    public static void RequireRegularOrMissing(string path, string what, string? setting = null)
    {
        FileKind kind = Of(path);
        if (kind is FileKind.Regular or FileKind.Missing) return;
        throw new RadAuditException($"{path}: the {what} is {Describe(kind)}; RadAudit reads only regular files. Name the file itself.",
            setting: setting);
    }

    // Where the runtime's stat cannot be reached, the public API cannot tell pipes from files: a zero-length "file"
    // is then reported as not regular (pipes and devices have length 0), so it is never opened.
    private static FileKind WithoutStat(string path)
    {
        if (Directory.Exists(path)) return FileKind.Directory;
        var info = new FileInfo(path);
        if (!info.Exists) return info.LinkTarget is not null && LeadsToItself(path) ? FileKind.LinkLoop : FileKind.Missing;
        return info.Length > 0 || OperatingSystem.IsWindows() ? FileKind.Regular : FileKind.Other;
    }

    private static bool LeadsToItself(string path)
    {
        try
        {
            File.ResolveLinkTarget(path, returnFinalTarget: true);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    // The runtime's own stat (System.Native, shipped with every .NET on Unix): its FileStatus starts with the flags
    // (4 bytes) and the mode, whose file-type bits are the POSIX ones on every platform. Null when stat fails.
    private static int? StatMode(string path, bool followLinks)
    {
        var status = new byte[StatusBytes];
        int result = followLinks ? NativeStat(path, status) : NativeLinkStat(path, status);
        return result == 0 ? BitConverter.ToInt32(status, 4) : null;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int NativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int NativeLinkStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}
