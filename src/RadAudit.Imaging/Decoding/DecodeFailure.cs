namespace RadAudit.Imaging.Decoding;

/// <summary>Why an image file could not be turned into a <see cref="GrayImage"/>; each has its own fix.</summary>
public enum DecodeFailure
{
    /// <summary>The file does not exist.</summary>
    MissingFile,

    /// <summary>The file exists but is empty (0 bytes), typically an interrupted copy.</summary>
    ZeroByteFile,

    /// <summary>The bytes are not a PNG or JPEG image Skia can read (random bytes, another format).</summary>
    UnreadableImage,

    /// <summary>The header is valid but the pixel data ends early or is corrupt (truncated download).</summary>
    TruncatedImage,

    /// <summary>The header claims more pixels than the cap allows (decompression-bomb guard).</summary>
    ImageTooLarge,

    /// <summary>The path is a named pipe, a device or a socket, which is never opened (a pipe would block).</summary>
    NotRegularFile,

    /// <summary>The path is a symbolic link that leads back to itself.</summary>
    LinkLoop,
}
