namespace RadAudit.Stats.Roc;

/// <summary>
/// Sorts finite scores ascending together with their item indices. Large inputs use a least-significant-digit radix
/// sort on the IEEE-754 bit patterns (4 passes of 16 bits, O(N)), which on a million scores is several times
/// faster than a comparison sort that moves a second array along; small inputs use <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[])"/>.
/// </summary>
/// <remarks>
/// The bit pattern of a double is made order-preserving as an unsigned integer by flipping the sign bit of
/// non-negative values and all bits of negative ones (−0.0 sorts just before +0.0; both compare equal as doubles,
/// so they still form one tie group). NaN never reaches here (<see cref="BinaryScores"/> rejects it).
/// </remarks>
internal static class ScoreSorter
{
    private const int RadixThreshold = 4096;
    private const int DigitBits = 16;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = 64 / DigitBits;

    /// <summary>Sorts <paramref name="values"/> ascending in place, applying the same permutation to <paramref name="index"/>.</summary>
    public static void Sort(double[] values, int[] index)
    {
        if (values.Length < RadixThreshold)
        {
            Array.Sort(values, index);
            return;
        }
        ulong[] keys = new ulong[values.Length];
        for (int k = 0; k < values.Length; k++) keys[k] = ToKey(values[k]);
        RadixSort(keys, index);
        for (int k = 0; k < values.Length; k++) values[k] = FromKey(keys[k]);
    }

    private static void RadixSort(ulong[] keys, int[] index)
    {
        int[,] counts = Histograms(keys);
        var keyBuffer = new ulong[keys.Length];
        var indexBuffer = new int[index.Length];
        ulong[] sourceKeys = keys, targetKeys = keyBuffer;
        int[] sourceIndex = index, targetIndex = indexBuffer;
        for (int pass = 0; pass < Passes; pass++)
        {
            if (counts[pass, Digit(keys[0], pass)] == keys.Length) continue; // every key shares this digit: nothing moves
            var offsets = new int[Buckets];
            for (int bucket = 1; bucket < Buckets; bucket++) offsets[bucket] = offsets[bucket - 1] + counts[pass, bucket - 1];
            for (int k = 0; k < sourceKeys.Length; k++)
            {
                int target = offsets[Digit(sourceKeys[k], pass)]++;
                targetKeys[target] = sourceKeys[k];
                targetIndex[target] = sourceIndex[k];
            }
            (sourceKeys, targetKeys) = (targetKeys, sourceKeys);
            (sourceIndex, targetIndex) = (targetIndex, sourceIndex);
        }
        if (!ReferenceEquals(sourceKeys, keys))
        {
            sourceKeys.CopyTo(keys, 0);
            sourceIndex.CopyTo(index, 0);
        }
    }

    private static int[,] Histograms(ulong[] keys)
    {
        var counts = new int[Passes, Buckets];
        foreach (ulong key in keys)
            for (int pass = 0; pass < Passes; pass++)
                counts[pass, Digit(key, pass)]++;
        return counts;
    }

    private static int Digit(ulong key, int pass) => (int)((key >> (pass * DigitBits)) & (Buckets - 1));

    private static ulong ToKey(double value)
    {
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static double FromKey(ulong key)
    {
        ulong bits = (key & 0x8000_0000_0000_0000UL) != 0 ? key & 0x7FFF_FFFF_FFFF_FFFFUL : ~key;
        return BitConverter.Int64BitsToDouble((long)bits);
    }
}
