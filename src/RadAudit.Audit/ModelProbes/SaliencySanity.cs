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
/// between its maps and the trained model's is below <see cref="RankBound"/>, and its mean energy-in-labels lies outside
/// the trained model's 95% CI. A map that is zero everywhere (no positive attention) has lost all the trained map's
/// structure and counts as correlation 0. The check <em>passes</em> when every stage from the last block down changed
/// it; the head stage is reported but not required (a random head still reads the trained features, so a map built
/// from them may keep their layout). An ONNX model cannot have its weights re-initialised here: not applicable.
/// </remarks>
public static class SaliencySanity
{
    /// <summary>Median rank correlation below which the maps count as changed.</summary>
    public const double RankBound = 0.5;

    /// <summary>The rule, as results.json and the report state it.</summary>
    public static string Rule => $"a stage changed the saliency when the median Spearman rank correlation of its maps with the trained model's is below {RankBound:0.0} " +
        "and its mean energy on the labels lies outside the trained model's 95% CI; passed when every stage from the last block down (last-block, half, all) changed it";

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
        AttentionFigures reference = SaliencyProbe.Figures(trained);
        var stages = new List<RandomisationStage>();
        foreach (string stage in CascadingRandomisation.Stages)
        {
            using TorchScoringModel randomised = network.WithRandomisedLayers(stage, settings.Seed);
            IReadOnlyList<ExplainedImage> explained = SaliencyProbe.Explain(method, randomised, sample, boxes, settings, progress,
                $"sanity check: {stage} randomised", cancellation);
            AttentionFigures figures = SaliencyProbe.Figures(explained);
            double rank = MedianRankCorrelation(trained, explained);
            // No positive attention left at all counts as outside: the figure is gone.
            bool outside = double.IsNaN(figures.EnergyInLabels) || !reference.EnergyInLabelsCi95.IsKnown
                || !reference.EnergyInLabelsCi95.Contains(figures.EnergyInLabels);
            stages.Add(new RandomisationStage(stage, network.LayersRandomisedBy(stage), figures.EnergyInLabels, figures.EnergyInLabelsCi95, rank,
                rank < RankBound && outside));
        }
        bool passed = stages.Where(stage => stage.Stage != CascadingRandomisation.Head).All(stage => stage.Changed);
        return new SanityCheckResult(passed, Rule, null, method, stages);
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
