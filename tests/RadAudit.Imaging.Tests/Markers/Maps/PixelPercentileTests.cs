using CsCheck;
using RadAudit.Imaging.Markers.Maps;

namespace RadAudit.Imaging.Tests.Markers.Maps;

public sealed class PixelPercentileTests
{
    [Fact]
    public void Should_select_the_element_a_sort_puts_at_the_rank_and_keep_the_contents()
    {
        // Given arrays of 8-bit-like pixels (many ties) and any fraction
        Gen.Select(Gen.Int[0, 255].Select(level => level / 255f).Array[1, 400], Gen.Double[0, 1], Gen.Double[0, 1])
            .Sample((values, first, second) =>
            {
                var sorted = values.Order().ToArray();
                var scratch = (float[])values.Clone();

                // When two percentiles are read in turn from one array
                float a = PixelPercentile.Of(scratch, first), b = PixelPercentile.Of(scratch, second);

                // Then each is the sorted array's element at ⌊f·(n − 1)⌋, and the array holds the same values
                Assert.Equal(sorted[(int)(first * (sorted.Length - 1))], a);
                Assert.Equal(sorted[(int)(second * (sorted.Length - 1))], b);
                Assert.Equal(sorted, scratch.Order().ToArray());
            }, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Should_give_zero_for_no_pixels() => Assert.Equal(0, PixelPercentile.Of([], 0.5));
}
