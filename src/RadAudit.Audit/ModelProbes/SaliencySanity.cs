using RadAudit.Core;
using RadAudit.Core.Scoring;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Learning.Saliency;
using RadAudit.Learning.Scoring;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Stats.Attention;

namespace RadAudit.Audit.ModelProbes;

/// <summary>
/// Probe 3b: the model-randomisation sanity check (Adebayo et al., NeurIPS 2018). The model's layers are
/// re-initialised from the head down in four cumulative stages (<see cref="CascadingRandomisation"/>: head, last block,
/// half, all) and the sample explained again with the same method. Saliency that does not change when the weights it
/// explains are random says nothing about what the trained model uses.
/// </summary>
/// <remarks>
/// A stage <em>changed</em> the figure when both hold: the median over the images of the Spearman rank correlation
/// between its maps and the trained model's is below <see cref="RankBound"/>, and its energy-in-labels differs from the
/// trained model's on the same images (the paired Student-t 95% CI of the per-image differences excludes 0), paired
/// because both figures come from the same images. A map that is zero everywhere (no positive attention) has lost all
/// the trained map's structure: correlation 0 and energy 0. The check <em>passes</em> when the fully re-initialised
/// model (stage <c>all</c>, Adebayo et al.'s model-parameter randomisation test) changed the figure; the earlier stages
/// show how far down the trained weights it depends and are reported, not required: on a dozen images a partly random
/// network's figure can differ from the trained one's (0.28 → 0.18, maps uncorrelated) without the difference reaching
/// p &lt; 0.05 (docs/model-audit.md). An ONNX model cannot have its weights re-initialised here: not applicable.
/// </remarks>
public static class SaliencySanity
{
    /// <summary>Median rank correlation below which the maps count as changed.</summary>
    public const double RankBound = 0.5;

    /// <summary>The rule, as results.json and the report state it.</summary>
    public static string Rule => $"a stage changed the saliency when the median Spearman rank correlation of its maps with the trained model's is below {RankBound:0.0} " +
        "and its energy on the labels differs from the trained model's on the same images (paired 95% CI of the differences excludes 0); " +
        "passed when the fully re-initialised model (stage all) changed it";

    /// <summary>Runs the check with the maps the trained model gave (<paramref name="trained"/>, of <paramref name="method"/>).</summary>
    public static SanityCheckResult Run(IScoringModel model, string method, IReadOnlyList<ExplainedImage> trained, ImageDataSet sample,
        BoxIndex boxes, ModelProbeSettings settings, IProgress<ProgressReport>? progress, CancellationToken cancellation)
    {
        if (model is not TorchScoringModel network)
            return new SanityCheckResult(null, Rule,
                $"a {model.Info.Kind} model's weights cannot be re-initialised here (ONNX Runtime runs the exported graph as it is); " +
                "export the trained network's state dict to run the check", method, []);
        if (trained.Count(image => image.Usable) == 0)
            return new SanityCheckResult(null, Rule, "no sampled image had labels and attention to compare", method, []);
        var stages = new List<RandomisationStage>();
        foreach (string stage in CascadingRandomisation.Stages)
        {
            using TorchScoringModel randomised = network.WithRandomisedLayers(stage, settings.Seed);
            IReadOnlyList<ExplainedImage> explained = SaliencyProbe.Explain(method, randomised, sample, boxes, settings, progress,
                $"sanity check: {stage} randomised", cancellation);
            AttentionFigures figures = SaliencyProbe.Figures(explained);
            double rank = MedianRankCorrelation(trained, explained);
            // No positive attention left at all: the figure is gone.
            bool moved = double.IsNaN(figures.EnergyInLabels) || EnergyMoved(trained, explained);
            stages.Add(new RandomisationStage(stage, network.LayersRandomisedBy(stage), figures.EnergyInLabels, figures.EnergyInLabelsCi95, rank,
                rank < RankBound && moved));
        }
        bool passed = stages.Single(stage => stage.Stage == CascadingRandomisation.All).Changed;
        return new SanityCheckResult(passed, Rule, null, method, stages);
    }

    // Whether the paired 95% CI of (randomised − trained) energy on the labels, over the trained model's usable images,
    // excludes 0. A randomised map without positive mass has energy 0 on the labels.
    private static bool EnergyMoved(IReadOnlyList<ExplainedImage> trained, IReadOnlyList<ExplainedImage> randomised)
    {
        var byPath = randomised.ToDictionary(image => image.Record.Path, StringComparer.Ordinal);
        var differences = new List<double>();
        foreach (ExplainedImage image in trained.Where(image => image.Usable))
        {
            if (!byPath.TryGetValue(image.Record.Path, out ExplainedImage? other)) continue;
            double energy = other.Measures.HasAttention ? other.Measures.EnergyInLabels : 0;
            differences.Add(energy - image.Measures.EnergyInLabels);
        }
        IntervalEstimate paired = IntervalEstimate.Mean(differences);
        return double.IsFinite(paired.Lower) && (paired.Lower > 0 || paired.Upper < 0);
    }

    private static double MedianRankCorrelation(IReadOnlyList<ExplainedImage> trained, IReadOnlyList<ExplainedImage> randomised)
    {
        var byPath = randomised.ToDictionary(image => image.Record.Path, StringComparer.Ordinal);
        var values = new List<double>();
        foreach (ExplainedImage image in trained.Where(image => image.Usable))
        {
            if (!byPath.TryGetValue(image.Record.Path, out ExplainedImage? other)) continue;
            double rho = RankCorrelation.Spearman(image.Map.Pixels, other.Map.Pixels);
            values.Add(double.IsNaN(rho) ? 0 : rho);
        }
        if (values.Count == 0) return double.NaN;
        values.Sort();
        return Stats.Bootstrap.Quantile.Type7(values, 0.5);
    }
}
