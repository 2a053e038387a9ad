namespace RadAudit.Core;

/// <summary>What a path is, found without opening it (opening a named pipe blocks until someone writes to it).</summary>
public enum FileKind
{
    /// <summary>Nothing there (or a symbolic link to nothing).</summary>
    Missing,

    /// <summary>A regular file, possibly reached through symbolic links: the only kind RadAudit reads.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO).</summary>
    NamedPipe,

    /// <summary>A character device such as /dev/zero.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,

    /// <summary>A Unix socket.</summary>
    Socket,

    /// <summary>Symbolic links that lead back to themselves.</summary>
    LinkLoop,

    /// <summary>Something else that is not a regular file.</summary>
    Other,
}
