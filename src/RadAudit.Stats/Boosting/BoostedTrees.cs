namespace RadAudit.Stats.Boosting;

/// <summary>
/// A gradient-boosted ensemble of regression trees for a binary outcome (Friedman 2001, with second-order leaf values
/// as in XGBoost): logit = <see cref="BaseLogit"/> + Σ trees. Fitted by <see cref="BoostedTreesFit"/>.
/// </summary>
/// <param name="FeatureCount">How many features a sample has.</param>
/// <param name="BaseLogit">The logit of the outcome's base rate.</param>
/// <param name="Trees">The trees, in fitting order.</param>
public sealed record BoostedTrees(int FeatureCount, double BaseLogit, IReadOnlyList<BoostedTree> Trees)
{
    /// <summary>The ensemble's logit for <paramref name="features"/>.</summary>
    public double Logit(ReadOnlySpan<double> features)
    {
        if (features.Length != FeatureCount) throw new ArgumentException($"expected {FeatureCount} features, got {features.Length}.", nameof(features));
        double sum = BaseLogit;
        foreach (BoostedTree tree in Trees) sum += tree.Evaluate(features);
        return sum;
    }

    /// <summary>σ(<see cref="Logit"/>): the ensemble's probability of the outcome.</summary>
    public double Probability(ReadOnlySpan<double> features) => 1 / (1 + Math.Exp(-Logit(features)));
}
