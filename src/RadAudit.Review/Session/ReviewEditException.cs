namespace RadAudit.Review.Session;

/// <summary>An edit the review refuses (unknown kind, empty box, a box on an image that cannot be read); the page shows the message.</summary>
public sealed class ReviewEditException : Exception
{
    /// <summary>Creates the refusal with a message for the person.</summary>
    public ReviewEditException(string message) : base(message)
    {
    }
}
