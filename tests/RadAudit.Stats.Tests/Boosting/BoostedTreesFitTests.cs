using RadAudit.Stats.Boosting;

namespace RadAudit.Stats.Tests.Boosting;

public sealed class BoostedTreesFitTests
{
    [Fact]
    public void Should_fit_one_stump_to_the_hand_computed_newton_leaves()
    {
        // Given x = 0…9 with y = (x ≥ 5): base rate ½ → base logit 0, every p = ½, gradient p − y = ±½, Hessian ¼
        var samples = Enumerable.Range(0, 10).Select(x => new double[] { x }).ToList();
        var outcomes = Enumerable.Range(0, 10).Select(x => x >= 5).ToList();

        // When one depth-1 tree is grown without shrinkage or penalty
        var model = BoostedTreesFit.Fit(samples, outcomes, new BoostedTreesOptions(Trees: 1, Depth: 1, LearningRate: 1, MinimumLeafSamples: 1, L2: 0));

        // Then it splits at x ≤ 4 and each leaf is −G/H = ∓2.5 / 1.25 = ∓2
        BoostedTree tree = Assert.Single(model.Trees);
        Assert.Equal(0, model.BaseLogit, 12);
        Assert.Equal((0, 4.0), (tree.Feature[0], tree.Threshold[0]));
        Assert.Equal(-2, tree.Value[tree.Left[0]], 12);
        Assert.Equal(2, tree.Value[tree.Right[0]], 12);
        Assert.Equal(-2, model.Logit([4.0]), 12);
        Assert.Equal(2, model.Logit([5.0]), 12);
    }

    [Fact]
    public void Should_learn_an_interaction_that_no_single_feature_shows()
    {
        // Given an exclusive-or of two features on a 20 × 30 grid (the first alone gives rates of 2/3 and 1/3; an exactly
        // balanced exclusive-or gives a greedy learner no first split, as it gives every tree learner that grows greedily)
        var samples = new List<double[]>();
        var outcomes = new List<bool>();
        for (int i = 0; i < 20; i++)
            for (int j = 0; j < 30; j++) { samples.Add([i, j]); outcomes.Add(i < 10 ^ j < 10); }

        // When depth-2 trees are boosted
        var model = BoostedTreesFit.Fit(samples, outcomes, new BoostedTreesOptions(Trees: 50, Depth: 2, LearningRate: 0.3, MinimumLeafSamples: 5));

        // Then every sample is on the right side of ½
        for (int k = 0; k < samples.Count; k++)
            Assert.Equal(outcomes[k], model.Probability(samples[k]) > 0.5);
    }

    [Fact]
    public void Should_give_the_same_ensemble_for_the_same_data()
    {
        // Given noisy data from a fixed seed
        var random = new Random(3);
        var samples = Enumerable.Range(0, 300).Select(_ => new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() }).ToList();
        var outcomes = samples.Select(sample => sample[0] + 0.5 * sample[1] + 0.3 * random.NextDouble() > 0.9).ToList();
        var options = new BoostedTreesOptions(Trees: 20, Depth: 3);

        // When it is fitted twice
        var first = BoostedTreesFit.Fit(samples, outcomes, options);
        var second = BoostedTreesFit.Fit(samples, outcomes, options);

        // Then the trees are identical, node by node
        Assert.Equal(first.Trees.Count, second.Trees.Count);
        for (int t = 0; t < first.Trees.Count; t++)
        {
            Assert.Equal(first.Trees[t].Feature, second.Trees[t].Feature);
            Assert.Equal(first.Trees[t].Threshold, second.Trees[t].Threshold);
            Assert.Equal(first.Trees[t].Value, second.Trees[t].Value);
        }
    }

    [Fact]
    public void Should_not_split_below_the_smallest_leaf()
    {
        // Given eight samples and leaves of at least five
        var samples = Enumerable.Range(0, 8).Select(x => new double[] { x }).ToList();
        var outcomes = Enumerable.Range(0, 8).Select(x => x >= 4).ToList();

        // When a tree is grown
        var model = BoostedTreesFit.Fit(samples, outcomes, new BoostedTreesOptions(Trees: 1, Depth: 3, MinimumLeafSamples: 5));

        // Then it is a single leaf
        Assert.Equal(-1, Assert.Single(Assert.Single(model.Trees).Feature));
    }

    [Fact]
    public void Should_refuse_samples_of_the_wrong_length_at_evaluation()
    {
        var model = BoostedTreesFit.Fit([[0.0, 1.0], [1.0, 0.0]], [false, true], new BoostedTreesOptions(Trees: 1, MinimumLeafSamples: 1));
        Assert.Throws<ArgumentException>(() => model.Logit([1.0]));
    }
}
