using CsCheck;
using RadAudit.Imaging;
using RadAudit.Synthetic.Drawing;
using RadAudit.Synthetic.Markers;
using RadAudit.Testing;

namespace RadAudit.Synthetic.Tests;

[Trait("Category", "Slow")]
public sealed class ConfoundingTests
{
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(0.28, 0.64)]
    [InlineData(1.0, 1.0)]
    [InlineData(-0.5, 0.75)]
    public void Should_give_the_ideal_labels_only_auc_in_closed_form(double strength, double expected)
    {
        Assert.Equal(expected, ConfoundingModel.LabelsOnlyAreaUnderCurve(strength), 12);
    }

    [Fact]
    public void Should_assign_technologists_so_that_the_group_alone_reaches_the_closed_form_auc()
    {
        // Given any strength, 6000 simulated studies at prevalence 0.4
        var roster = TechnologistRoster.Create(3);
        Gen.Double[0, 1].Sample(strength =>
        {
            var random = new DeterministicRandom(17, (long)(strength * 1e6));
            var scored = Enumerable.Range(0, 6000).Select(_ =>
            {
                int label = random.Chance(0.4) ? 1 : 0;
                return (Label: label, Score: ConfoundingModel.Assign(roster, label, strength, random).LeansAbnormal ? 1.0 : 0.0);
            }).ToList();

            // Then scoring by the technologist's group reaches (1 + R)/2
            Assert.InRange(AreaUnderCurve(scored) - ConfoundingModel.LabelsOnlyAreaUnderCurve(strength), -0.035, 0.035);
        }, iter: 25, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Should_make_marker_boxes_predict_labels_at_strength_1_and_not_at_0()
    {
        // Given two sets differing only in confounding, studied from their CSVs alone
        using var folder = new TemporaryFolder();
        var options = SyntheticDataSets.Tiny(seed: 21) with { TrainStudies = 150, ValidStudies = 100, MaxSize = 96 };
        double none = MarkerOnlyAuc(SyntheticDataSets.CreateMura(folder, options with { Confounding = 0 }, "none").Root);
        double full = MarkerOnlyAuc(SyntheticDataSets.CreateMura(folder, options with { Confounding = 1 }, "full").Root);

        // Then a nearest-neighbour model on box geometry learnt on train separates valid labels only when confounded
        Assert.InRange(none, 0.35, 0.65);
        Assert.True(full > 0.85, $"AUC at R = 1 was {full:0.000}");
        Assert.True(full - none > 0.3, $"AUC {none:0.000} at R = 0 vs {full:0.000} at R = 1");
    }

    /// <summary>
    /// Features per image from markers.csv only: centre and size of the laterality and initials boxes relative to
    /// the long side; valid images scored by the mean label of their 9 nearest train images.
    /// </summary>
    private static double MarkerOnlyAuc(string root)
    {
        var labels = new[] { "train", "valid" }
            .SelectMany(split => File.ReadAllLines(Path.Combine(root, "MURA-v1.1", $"{split}_labeled_studies.csv")))
            .Select(line => line.Split(',')).ToDictionary(cells => cells[0], cells => int.Parse(cells[1]));
        var features = SyntheticDataSets.ReadMarkers(root).GroupBy(b => b.Path).Where(g => g.Count() == 2).Select(g =>
        {
            var (width, height) = ImageCodec.ReadSize(Path.Combine(root, g.Key));
            float longSide = Math.Max(width, height);
            var vector = g.OrderBy(b => b.Kind).SelectMany(b => new[]
            {
                (b.X + b.Width / 2f) / width, (b.Y + b.Height / 2f) / height, 4 * b.Width / longSide, 4 * b.Height / longSide,
            }).ToArray();
            return (Split: g.Key.Split('/')[1], Label: labels[g.Key[..(g.Key.LastIndexOf('/') + 1)]], Vector: vector);
        }).ToList();
        var train = features.Where(f => f.Split == "train").ToList();
        var scored = features.Where(f => f.Split == "valid").Select(f => (f.Label, Score: train
            .OrderBy(t => t.Vector.Zip(f.Vector, (a, b) => (a - b) * (a - b)).Sum()).Take(9).Average(t => (double)t.Label))).ToList();
        return AreaUnderCurve(scored);
    }

    /// <summary>Mann–Whitney AUC with ties counted half (midranks).</summary>
    private static double AreaUnderCurve(IReadOnlyList<(int Label, double Score)> scored)
    {
        var sorted = scored.OrderBy(s => s.Score).ToList();
        double positiveRankSum = 0;
        for (int start = 0; start < sorted.Count;)
        {
            int end = start;
            while (end < sorted.Count && sorted[end].Score == sorted[start].Score) end++;
            double midrank = (start + end + 1) / 2.0;
            for (int k = start; k < end; k++) if (sorted[k].Label == 1) positiveRankSum += midrank;
            start = end;
        }
        double positives = sorted.Count(s => s.Label == 1), negatives = sorted.Count - positives;
        return (positiveRankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
