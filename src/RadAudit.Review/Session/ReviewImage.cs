namespace RadAudit.Review.Session;

/// <summary>One image of the data set as the review serves it: addressed by <see cref="Index"/>, never by path.</summary>
/// <param name="Index">Its position in the data set's own list (the only way a request names it).</param>
/// <param name="Path">Its path as the data set names it (shown to the person, escaped).</param>
/// <param name="File">The file on disk, resolved inside the data root; null when it cannot be resolved or read.</param>
/// <param name="Width">Width in pixels of the original image; 0 when it cannot be read.</param>
/// <param name="Height">Height in pixels of the original image; 0 when it cannot be read.</param>
/// <param name="Problem">Why the image cannot be shown (missing, corrupt, escaping path); null when it can.</param>
public sealed record ReviewImage(int Index, string Path, string? File, int Width, int Height, string? Problem)
{
    /// <summary>Whether the image can be shown and boxes drawn on it.</summary>
    public bool Readable => File is not null && Width > 0 && Height > 0;
}
