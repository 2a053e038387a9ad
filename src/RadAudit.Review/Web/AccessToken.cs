using System.Security.Cryptography;
using System.Text;

namespace RadAudit.Review.Web;

/// <summary>
/// The secret every request to a review must carry: 128 random bits as 32 hex digits, made fresh for each run and
/// printed only in the URL. Compared in constant time so response timing tells nothing about how much of a guess
/// was right.
/// </summary>
public sealed class AccessToken
{
    private readonly byte[] _bytes;

    private AccessToken(string value)
    {
        Value = value;
        _bytes = Encoding.ASCII.GetBytes(value);
    }

    /// <summary>The token as 32 lower-case hex digits.</summary>
    public string Value { get; }

    /// <summary>A new random token from the operating system's cryptographic generator.</summary>
    public static AccessToken Create() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));

    /// <summary>Whether <paramref name="candidate"/> is this token (constant time in its content).</summary>
    public bool Matches(string? candidate)
    {
        if (candidate is null) return false;
        byte[] given = Encoding.UTF8.GetBytes(candidate);
        // FixedTimeEquals returns at once on a length mismatch: the length (32) is no secret.
        return CryptographicOperations.FixedTimeEquals(given, _bytes);
    }
}
