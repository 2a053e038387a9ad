using System.Globalization;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Results.Probes;

namespace RadAudit.Reporting.Verdict;

/// <summary>
/// The plain-language verdict on one trained model's probes (<c>radaudit audit-model</c>, and the full audit's
/// original model). Every claim carries its interval or p-value; a probe that could not run is said not to have run.
/// </summary>
/// <remarks>
/// The model <em>uses the labels</em> (<see cref="ShortcutFinding.Detected"/>) when covering them costs AUC beyond
/// chance and beyond what covering random regions of the same area costs (cover − original and cover − random-cover
/// both negative with p &lt; 0.05), or when it follows swapped labels (the mean logit shift toward the donor's class
/// has its 95% CI above 0 and the swap costs AUC with p &lt; 0.05). Neither: <see cref="ShortcutFinding.NotDetected"/>.
/// No image with labels: <see cref="ShortcutFinding.NotTested"/>.
/// </remarks>
public static class ModelProbeVerdict
{
    /// <summary>The overall finding.</summary>
    public static ShortcutFinding Finding(ModelProbeResults probes)
    {
        ArgumentNullException.ThrowIfNull(probes);
        if (probes.TestTime.ImagesWithLabels == 0) return ShortcutFinding.NotTested;
        return LabelSpecificLoss(probes.TestTime) || FollowsSwap(probes.Counterfactual.Swap) ? ShortcutFinding.Detected : ShortcutFinding.NotDetected;
    }

    /// <summary>Whether covering the labels costs AUC beyond chance and beyond covering random regions.</summary>
    public static bool LabelSpecificLoss(TestTimeResults testTime) =>
        Loss(testTime.CoverVsOriginal) && Loss(testTime.CoverVsRandomCover);

    /// <summary>Whether the model follows swapped labels.</summary>
    public static bool FollowsSwap(MarkerSwapResult? swap) =>
        swap is not null && swap.MeanLogitShiftCi95.IsKnown && swap.MeanLogitShiftCi95.Lower > 0 && Loss(swap.VsOriginal);

    /// <summary>The headline of the verdict box.</summary>
    public static string Headline(ModelProbeResults probes) => Finding(probes) switch
    {
        ShortcutFinding.Detected => "This model uses the burned-in labels.",
        ShortcutFinding.NotDetected => "No sign that this model uses the burned-in labels.",
        _ => "Not tested: no image has label boxes to cover, swap or measure.",
    };

    /// <summary>The sentences, in reading order: covering, labels alone, the swap, saliency and its checks.</summary>
    public static IReadOnlyList<string> Sentences(ModelProbeResults probes)
    {
        ArgumentNullException.ThrowIfNull(probes);
        var sentences = new List<string>();
        TestTimeResults testTime = probes.TestTime;
        if (testTime.ImagesWithLabels == 0)
            return ["None of the images has label boxes, so covering, swapping and measuring attention on the labels was not possible."];
        sentences.AddRange(TestTimeSentences(testTime));
        sentences.Add(SwapSentence(probes.Counterfactual.Swap));
        sentences.AddRange(SaliencySentences(probes.Saliency));
        return sentences;
    }

    /// <summary>One sentence for the full audit's verdict: what probing its original model found.</summary>
    public static string Summary(ModelProbeResults probes)
    {
        ArgumentNullException.ThrowIfNull(probes);
        if (Finding(probes) == ShortcutFinding.NotTested)
            return "The original model was not probed on its labels: no valid image has label boxes.";
        var parts = new List<string>();
        if (probes.TestTime.CoverVsOriginal is { } cover)
            parts.Add($"covering its labels changed its AUC by {VerdictFormat.Signed(cover.Difference)} ({VerdictFormat.PValue(cover.P)})");
        if (probes.Counterfactual.Swap is { } swap)
            parts.Add($"swapped labels flipped {VerdictFormat.Percent(swap.FlipRate)} of its decisions");
        parts.Add(probes.Saliency.Sanity.Passed switch
        {
            true => "its saliency passed the randomisation check",
            false => "its saliency failed the randomisation check",
            null => "the randomisation check did not apply",
        });
        string facts = $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";
        if (Finding(probes) != ShortcutFinding.Detected)
            return $"Probed without retraining, the original model shows no sign of using the labels: {facts}.";
        return $"Probed without retraining, the original model uses the labels, because {string.Join(" and ", Evidence(probes))}. " +
            $"{char.ToUpperInvariant(facts[0])}{facts[1..]}.";
    }

    /// <summary>
    /// Which line of evidence made the finding Detected, with its numbers: without it a reader sees "uses the labels"
    /// next to a cover change of +0.003 (p = 0.64) and cannot tell that the swap is what fired.
    /// </summary>
    private static IEnumerable<string> Evidence(ModelProbeResults probes)
    {
        if (LabelSpecificLoss(probes.TestTime))
            yield return $"covering them cost more AUC than covering random regions (cover − random cover {VerdictFormat.Signed(probes.TestTime.CoverVsRandomCover!.Difference)}, " +
                $"{VerdictFormat.PValue(probes.TestTime.CoverVsRandomCover.P)})";
        if (FollowsSwap(probes.Counterfactual.Swap) && probes.Counterfactual.Swap is { VsOriginal: { } versus } swap)
            yield return $"it follows swapped labels (logit shift toward the donor's class {VerdictFormat.Precise(swap.MeanLogitShift)}, " +
                $"95% CI {Precise(swap.MeanLogitShiftCi95)}; AUC change {VerdictFormat.Signed(versus.Difference)}, {VerdictFormat.PValue(versus.P)})";
    }

    /// <summary>The sentences as one paragraph.</summary>
    public static string Write(ModelProbeResults probes) => string.Join(" ", Sentences(probes));

    private static bool Loss(ProbeComparison? comparison) =>
        comparison is not null && double.IsFinite(comparison.P) && comparison.P < VerdictWriter.SignificanceLevel && comparison.Difference < 0;

    private static IEnumerable<string> TestTimeSentences(TestTimeResults testTime)
    {
        if (testTime.CoverVsOriginal is { } cover && testTime.RandomCoverVsOriginal is { } random)
        {
            yield return $"Covering the labels (black, as published) changed this model's AUC by {Change(cover)}; covering random regions of the same area " +
                $"changed it by {VerdictFormat.Signed(random.Difference)} ({VerdictFormat.PValue(random.P)}).";
            if (LabelSpecificLoss(testTime))
                yield return $"The loss is specific to the labels (cover − random cover {VerdictFormat.Signed(testTime.CoverVsRandomCover!.Difference)}, " +
                    $"{VerdictFormat.PValue(testTime.CoverVsRandomCover.P)}): the model uses them.";
            else if (Loss(cover))
                yield return "Covering random regions cost about as much, so the loss is not specific to the labels.";
            else
                yield return "Covering the labels did not cost AUC beyond chance variation: no sign that the model needs their pixels.";
        }
        if (testTime.CoverFills.TryGetValue("mean", out var mean) && testTime.CoverFills.TryGetValue("blur", out var blur))
            yield return $"With the mean and blur fills the change was {VerdictFormat.Signed(mean.Difference)} and {VerdictFormat.Signed(blur.Difference)}.";
        if (testTime.LabelsOnly is { } labelsOnly)
        {
            bool reads = labelsOnly.AucCi95.IsKnown && (labelsOnly.AucCi95.Lower > 0.5 || labelsOnly.AucCi95.Upper < 0.5);
            yield return $"On the labels alone (everything else black) it scores AUC {VerdictFormat.Metric(labelsOnly.Auc)} (95% CI {VerdictFormat.Range(labelsOnly.AucCi95)})" +
                (reads ? ": it reads the diagnosis off the labels." : ", no better than chance.");
        }
    }

    private static string SwapSentence(MarkerSwapResult? swap)
    {
        if (swap is null)
            return "The marker swap was not run: one of the classes has no image with labels to give.";
        string auc = swap.VsOriginal is { } versus
            ? $"; AUC changed by {Change(versus)}"
            : "";
        string start = $"Giving each image the labels of an image of the other class moved its logit toward the donor's class by " +
            $"{VerdictFormat.Precise(swap.MeanLogitShift)} on average (95% CI {Precise(swap.MeanLogitShiftCi95)}) and flipped " +
            $"{VerdictFormat.Percent(swap.FlipRate)} of decisions at probability {swap.Threshold.ToString("0.##", CultureInfo.InvariantCulture)}{auc}";
        return start + (FollowsSwap(swap) ? ": the model follows the labels." : ": the model does not follow the swapped labels.");
    }

    private static IEnumerable<string> SaliencySentences(ModelSaliencyResults saliency)
    {
        string method = MethodName(saliency.Method);
        if (saliency.NImages == 0)
            yield return $"No sampled image with labels had {method} attention, so where the model looks could not be measured.";
        else
            yield return $"{VerdictFormat.Percent(saliency.EnergyInLabels)} of its {method} energy fell on labels covering " +
                $"{VerdictFormat.Percent(saliency.LabelAreaFraction)} of the image ({VerdictFormat.Times(saliency.Enrichment)} their share; " +
                $"{VerdictFormat.Count(saliency.NImages)} images).";
        yield return SanitySentence(saliency.Sanity);
        if (saliency.Deletion is { } deletion)
            yield return $"Removing the label pixels moved the logit by {VerdictFormat.Precise(deletion.LabelChange)} on average, removing as many of the " +
                $"most salient pixels by {VerdictFormat.Precise(deletion.SalientChangeAtLabelArea)}, and as many random pixels by " +
                $"{VerdictFormat.Precise(deletion.RandomChangeAtLabelArea)}.";
    }

    private static string SanitySentence(SanityCheckResult sanity)
    {
        if (sanity.Passed is null)
            return $"The weight-randomisation sanity check was not run: {sanity.NotApplicable}.";
        RandomisationStage? all = sanity.Stages.FirstOrDefault(stage => stage.Stage == "all");
        string detail = all is null ? "" :
            $" (with every layer re-initialised: median rank correlation {VerdictFormat.Metric(all.RankCorrelation)}, energy on labels {VerdictFormat.Percent(all.EnergyInLabels)})";
        string unchanged = string.Join(", ", sanity.Stages.Where(stage => !stage.Changed).Select(stage => stage.Stage));
        if (sanity.Passed == true)
            return $"The weight-randomisation sanity check passed: re-initialising the weights changed the maps and the energy on the labels{detail}, so the saliency reflects the trained weights" +
                (unchanged.Length > 0 ? $" (not yet significantly at stage {unchanged} of the cascade)." : ".");
        return $"The weight-randomisation sanity check failed: the saliency did not change enough when the weights were re-initialised (stages {unchanged}){detail}, " +
            "so it is not evidence of what the model uses.";
    }

    private static string Change(ProbeComparison comparison) =>
        $"{VerdictFormat.Signed(comparison.Difference)} ({VerdictFormat.PValue(comparison.P)}; 95% CI {VerdictFormat.SignedRange(comparison.Ci95)})";

    private static string Precise(ConfidenceInterval interval) =>
        interval.IsKnown ? $"{VerdictFormat.Precise(interval.Lower)} to {VerdictFormat.Precise(interval.Upper)}" : "n/a";

    /// <summary>A method as a sentence names it ("Grad-CAM").</summary>
    public static string MethodName(string method) => method switch
    {
        "gradcam" => "Grad-CAM",
        "gradcam++" => "Grad-CAM++",
        "occlusion" => "occlusion",
        _ => method,
    };
}
