using RadAudit.Data.Sets;
using RadAudit.Imaging.Masking;

namespace RadAudit.Audit.ModelProbes;

/// <summary>
/// At most about N images for the probes, as whole studies (study-level AUC needs every image of a study), chosen by a
/// seeded hash of each study's id: the same subset for the same data and seed on every machine.
/// </summary>
public static class ProbeSubset
{
    /// <summary>Every image when <paramref name="maxImages"/> is null or not smaller than the data; else whole studies
    /// in hash order until at least that many images.</summary>
    public static ImageDataSet Choose(ImageDataSet data, int? maxImages, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (maxImages is not int limit || data.Records.Count <= limit) return data;
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        int images = 0;
        foreach (var study in data.Records.GroupBy(record => record.Study).OrderBy(group => StableSeed.For(group.Key, seed)).ThenBy(group => group.Key, StringComparer.Ordinal))
        {
            if (images >= limit) break;
            chosen.Add(study.Key);
            images += study.Count();
        }
        return data.Where(record => chosen.Contains(record.Study));
    }
}
