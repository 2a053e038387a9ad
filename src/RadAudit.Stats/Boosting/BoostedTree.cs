namespace RadAudit.Stats.Boosting;

/// <summary>
/// One regression tree of a <see cref="BoostedTrees"/> ensemble as flat node arrays (node 0 is the root): an inner
/// node sends a sample left when its feature is at most the threshold; a leaf (feature −1) holds the value added to
/// the ensemble's logit.
/// </summary>
/// <param name="Feature">Feature index per node; −1 for a leaf.</param>
/// <param name="Threshold">Split value per node (left: feature ≤ threshold).</param>
/// <param name="Left">Left child per node (−1 for a leaf).</param>
/// <param name="Right">Right child per node (−1 for a leaf).</param>
/// <param name="Value">Leaf value per node (0 for an inner node).</param>
public sealed record BoostedTree(int[] Feature, double[] Threshold, int[] Left, int[] Right, double[] Value)
{
    /// <summary>The leaf value <paramref name="features"/> reaches.</summary>
    public double Evaluate(ReadOnlySpan<double> features)
    {
        int node = 0;
        while (Feature[node] >= 0) node = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
        return Value[node];
    }
}
