using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RadAudit.Core;
using RadAudit.Data.Sets;

namespace RadAudit.Audit.Steps;

/// <summary>The data every later step of an audit uses, as the data check left it (with skip-bad, without the images
/// it names), and what identifies it: every record and the content of every file.</summary>
/// <param name="Data">The checked data set; jobs never reopen the data's paths.</param>
/// <param name="Fingerprint">SHA-256 (hex) over the sorted records (path, label, study, patient, body part, split,
/// view) with the hash of each file's bytes, so other pixels under the same paths (a masked copy) differ too.</param>
public sealed record CheckedData(ImageDataSet Data, string Fingerprint)
{
    /// <summary>The fingerprint of <paramref name="data"/> whose files have the content hashes <paramref name="contentHashes"/> (same order).</summary>
    public static CheckedData Of(ImageDataSet data, IReadOnlyList<string?> contentHashes)
    {
        var lines = data.Records.Select((record, index) => string.Join('\t', record.Path,
                record.Label?.ToString(CultureInfo.InvariantCulture) ?? "", record.Study, record.Patient, record.BodyPart, record.Split,
                record.ViewIndex.ToString(CultureInfo.InvariantCulture), contentHashes[index] ?? ""))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string line in lines) hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        return new CheckedData(data, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>"57 images (47 train, 10 valid), content 1a2b3c4d5e6f7a8b": how fingerprints and messages show the data.</summary>
    public string Description =>
        $"{Data.Records.Count} images ({Data.Records.Count(record => record.Split == Splits.Train)} train, " +
        $"{Data.Records.Count(record => record.Split == Splits.Valid)} valid), content {Fingerprint[..16]}";
}
