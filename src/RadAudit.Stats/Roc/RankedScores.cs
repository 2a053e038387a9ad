namespace RadAudit.Stats.Roc;

/// <summary>
/// Cases and controls pooled and sorted by score once, with tie groups marked, so that placements, ROC points
/// and bootstrap replicates are each one linear pass (the O(n log n) sort is paid once).
/// </summary>
/// <remarks>
/// Pooled index <c>k &lt; m</c> is case <c>k</c>; <c>k ≥ m</c> is control <c>k − m</c>. This is the sorting step of
/// Sun &amp; Xu (2014): within a tie group the midrank identity makes "controls below plus half the tied controls"
/// equal to the case's pooled midrank minus its midrank among cases.
/// </remarks>
internal sealed class RankedScores
{
    private RankedScores(double[] sortedScores, int[] pooledIndex, int[] groupStarts, int caseCount, int controlCount)
    {
        SortedScores = sortedScores;
        PooledIndex = pooledIndex;
        GroupStarts = groupStarts;
        CaseCount = caseCount;
        ControlCount = controlCount;
    }

    /// <summary>Scores in ascending order.</summary>
    public double[] SortedScores { get; }

    /// <summary>Pooled index of each sorted position.</summary>
    public int[] PooledIndex { get; }

    /// <summary>Start position of each tie group, followed by the total count as a sentinel.</summary>
    public int[] GroupStarts { get; }

    /// <summary>Number of cases (m).</summary>
    public int CaseCount { get; }

    /// <summary>Number of controls (n).</summary>
    public int ControlCount { get; }

    /// <summary>Number of tie groups (distinct scores).</summary>
    public int GroupCount => GroupStarts.Length - 1;

    /// <summary>True when sorted position <paramref name="position"/> holds a case.</summary>
    public bool IsCase(int position) => PooledIndex[position] < CaseCount;

    /// <summary>Pools and sorts the scores.</summary>
    public static RankedScores From(BinaryScores scores)
    {
        int m = scores.Cases.Length, total = scores.Count;
        var sorted = new double[total];
        var index = new int[total];
        scores.Cases.CopyTo(sorted, 0);
        scores.Controls.CopyTo(sorted, m);
        for (int k = 0; k < total; k++) index[k] = k;
        ScoreSorter.Sort(sorted, index);
        return new RankedScores(sorted, index, TieGroupStarts(sorted), m, scores.Controls.Length);
    }

    private static int[] TieGroupStarts(double[] sorted)
    {
        var starts = new List<int>(sorted.Length + 1);
        for (int k = 0; k < sorted.Length; k++)
            if (k == 0 || sorted[k] != sorted[k - 1]) starts.Add(k);
        starts.Add(sorted.Length);
        return [.. starts];
    }
}
