using RadAudit.Core;
using RadAudit.Reporting.Results;

namespace RadAudit.Reporting.Verdict;

/// <summary>Verdict sentences about where the models' Grad-CAM attention fell relative to the labels.</summary>
internal static class SaliencySentences
{
    public static IEnumerable<string> Write(IReadOnlyDictionary<string, SaliencyResult> saliency)
    {
        if (saliency.Count == 0)
        {
            yield return "Saliency was not computed, so where the models looked is unknown.";
            yield break;
        }
        if (!saliency.TryGetValue(Condition.Original.Name, out SaliencyResult? original))
            yield return "Saliency of the original-image model was not computed.";
        else
            yield return OriginalClaim(original);
        if (saliency.TryGetValue(Condition.Cover.Name, out SaliencyResult? cover))
            yield return $"With the labels covered, {VerdictFormat.Percent(cover.EnergyInLabels)} of the energy fell on the covered boxes.";
    }

    private static string OriginalClaim(SaliencyResult original)
    {
        string share = double.IsFinite(original.Enrichment) && original.Enrichment > 1
            ? $"{VerdictFormat.Times(original.Enrichment)} their share of the area"
            : "no more than their share of the area";
        return $"On original images {VerdictFormat.Percent(original.EnergyInLabels)} of Grad-CAM energy fell on labels " +
               $"covering {VerdictFormat.Percent(original.LabelAreaFraction)} of the image ({share}); " +
               $"the heat map's peak lay on a label in {VerdictFormat.Percent(original.PeakInLabelRate)} of " +
               $"{VerdictFormat.Count(original.NImages)} images.";
    }
}
