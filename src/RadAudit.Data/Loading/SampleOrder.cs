using RadAudit.Core;

namespace RadAudit.Data.Loading;

/// <summary>The record indices an epoch visits, in order: sequential, shuffled, or class-balanced draws.</summary>
internal static class SampleOrder
{
    // Distinct stream ids so order and augmentation seeds never coincide.
    private const long ShuffleStream = -1, BalancedStream = -2;

    /// <summary>The indices for <paramref name="epoch"/>; depends only on the records, options and epoch.</summary>
    public static int[] For(IReadOnlyList<ImageRecord> records, LoaderOptions options, int epoch)
    {
        if (options.ClassBalanced) return Balanced(records, new Random(SampleSeed.Mix(options.Seed, epoch, BalancedStream)));
        int[] order = Enumerable.Range(0, records.Count).ToArray();
        if (options.Shuffle) new Random(SampleSeed.Mix(options.Seed, epoch, ShuffleStream)).Shuffle(order);
        return order;
    }

    private static int[] Balanced(IReadOnlyList<ImageRecord> records, Random random)
    {
        // Classes in a fixed order (abnormal, normal, unknown) so the draws never depend on dictionary order.
        var classes = Enumerable.Range(0, records.Count)
            .GroupBy(index => records[index].Label switch { 1 => 0, 0 => 1, _ => 2 })
            .OrderBy(group => group.Key)
            .Select(group => group.ToArray())
            .ToArray();
        var order = new int[records.Count];
        for (int i = 0; i < order.Length; i++)
        {
            int[] members = classes[random.Next(classes.Length)];
            order[i] = members[random.Next(members.Length)];
        }
        return order;
    }
}
