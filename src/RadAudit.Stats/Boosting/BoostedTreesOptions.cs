namespace RadAudit.Stats.Boosting;

/// <summary>How <see cref="BoostedTreesFit"/> grows its trees.</summary>
/// <param name="Trees">Boosting rounds.</param>
/// <param name="Depth">Largest depth of a tree (2^Depth leaves at most).</param>
/// <param name="LearningRate">Shrinkage of every leaf value.</param>
/// <param name="Bins">Quantile bins per feature that splits are chosen among (at most 256).</param>
/// <param name="MinimumLeafSamples">Fewest samples a leaf may hold.</param>
/// <param name="L2">Ridge penalty on leaf values (λ in −G / (H + λ)).</param>
public sealed record BoostedTreesOptions(int Trees = 300, int Depth = 5, double LearningRate = 0.05, int Bins = 64, int MinimumLeafSamples = 20, double L2 = 1)
{
    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (Trees < 1) throw new ArgumentOutOfRangeException(nameof(Trees), "at least one tree.");
        if (Depth is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(Depth), "depth in [1, 12].");
        if (LearningRate is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(LearningRate), "learning rate in (0, 1].");
        if (Bins is < 2 or > 256) throw new ArgumentOutOfRangeException(nameof(Bins), "bins in [2, 256].");
        if (MinimumLeafSamples < 1) throw new ArgumentOutOfRangeException(nameof(MinimumLeafSamples), "at least one sample per leaf.");
        if (L2 < 0) throw new ArgumentOutOfRangeException(nameof(L2), "a penalty >= 0.");
    }
}
