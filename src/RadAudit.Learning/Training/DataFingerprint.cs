using System.Security.Cryptography;
using System.Text;
using RadAudit.Core;

namespace RadAudit.Learning.Training;

/// <summary>Identifies the content of a split: SHA-256 over its sorted "path TAB label" lines.</summary>
/// <remarks>Order-independent, so reshuffling does not change it; a changed label, added or removed image does.
/// Pixels are not hashed (too slow for MURA); a changed file under the same path goes unnoticed.</remarks>
public static class DataFingerprint
{
    /// <summary>Lower-case hex SHA-256 of the records' paths and labels.</summary>
    public static string Compute(IEnumerable<ImageRecord> records)
    {
        var lines = records.Select(record => $"{record.Path}\t{record.Label?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""}")
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string line in lines) hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
