using CsCheck;
using RadAudit.Stats.Roc;

namespace RadAudit.Stats.Tests.Roc;

public sealed class ScoreSorterTests
{
    [Fact]
    public void Should_sort_large_inputs_like_array_sort_with_negatives_zeros_and_ties()
    {
        // Given 5000–9000 scores (radix path) mixing negatives, ±0, extremes and heavy ties
        var score = Gen.OneOf(Gen.Double[-1e6, 1e6], Gen.Int[-3, 3].Select(step => step / 2.0),
            Gen.OneOfConst(0.0, -0.0, double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon));
        score.Array[5000, 9000].Sample(values =>
        {
            // When sorted with indices
            double[] sorted = (double[])values.Clone();
            int[] index = Enumerable.Range(0, values.Length).ToArray();
            ScoreSorter.Sort(sorted, index);

            // Then the order is ascending and every index still points at its own value
            for (int k = 1; k < sorted.Length; k++) Assert.True(sorted[k - 1] <= sorted[k]);
            for (int k = 0; k < sorted.Length; k++) Assert.Equal(values[index[k]], sorted[k]);
            Assert.Equal(values.Length, index.Distinct().Count());
        }, seed: "0N0XIzNsQ0O2", iter: 20, threads: 1);
    }
}
