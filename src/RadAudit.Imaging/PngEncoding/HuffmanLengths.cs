namespace RadAudit.Imaging.PngEncoding;

/// <summary>Length-limited Huffman code lengths and deflate's canonical codes (RFC 1951, 3.2.2).</summary>
internal static class HuffmanLengths
{
    /// <summary>
    /// Code lengths for <paramref name="frequencies"/> (0 for unused symbols), none longer than
    /// <paramref name="limit"/>: a plain Huffman tree, rebuilt with flattened frequencies while too deep. At least
    /// two symbols get a code, as deflate decoders expect.
    /// </summary>
    public static void Build(ReadOnlySpan<int> frequencies, int limit, Span<byte> lengths)
    {
        int count = frequencies.Length;
        var weights = new long[count];
        for (int i = 0; i < count; i++) weights[i] = frequencies[i];
        int used = 0;
        foreach (long weight in weights) if (weight > 0) used++;
        for (int i = 0; used < 2 && i < count; i++)
            if (weights[i] == 0) { weights[i] = 1; used++; }
        while (!TryBuild(weights, limit, lengths))
            for (int i = 0; i < count; i++)
                if (weights[i] > 0) weights[i] = (weights[i] >> 1) | 1;
    }

    /// <summary>The canonical code of each symbol, bit-reversed for deflate's least-significant-first packing.</summary>
    public static void CanonicalCodes(ReadOnlySpan<byte> lengths, Span<ushort> codes)
    {
        Span<int> perLength = stackalloc int[16];
        perLength.Clear();
        foreach (byte length in lengths) perLength[length]++;
        perLength[0] = 0;
        Span<int> next = stackalloc int[16];
        int code = 0;
        for (int bits = 1; bits < 16; bits++)
        {
            code = (code + perLength[bits - 1]) << 1;
            next[bits] = code;
        }
        for (int symbol = 0; symbol < lengths.Length; symbol++)
        {
            int length = lengths[symbol];
            if (length == 0) { codes[symbol] = 0; continue; }
            codes[symbol] = Reverse(next[length]++, length);
        }
    }

    private static ushort Reverse(int code, int length)
    {
        int reversed = 0;
        for (int i = 0; i < length; i++, code >>= 1) reversed = (reversed << 1) | (code & 1);
        return (ushort)reversed;
    }

    /// <summary>Builds the tree with a priority queue (ties broken by symbol index, so the result is deterministic).</summary>
    private static bool TryBuild(long[] weights, int limit, Span<byte> lengths)
    {
        int count = weights.Length;
        var parent = new int[2 * count];
        var queue = new PriorityQueue<int, (long Weight, int Order)>();
        int nodes = 0;
        var nodeWeight = new long[2 * count];
        var nodeOfSymbol = new int[count];
        for (int i = 0; i < count; i++)
        {
            nodeOfSymbol[i] = -1;
            if (weights[i] == 0) continue;
            nodeOfSymbol[i] = nodes;
            nodeWeight[nodes] = weights[i];
            queue.Enqueue(nodes, (weights[i], nodes));
            nodes++;
        }
        while (queue.Count > 1)
        {
            int first = queue.Dequeue(), second = queue.Dequeue();
            nodeWeight[nodes] = nodeWeight[first] + nodeWeight[second];
            parent[first] = parent[second] = nodes;
            queue.Enqueue(nodes, (nodeWeight[nodes], nodes));
            nodes++;
        }
        int root = nodes - 1;
        for (int i = 0; i < count; i++)
        {
            if (nodeOfSymbol[i] < 0) { lengths[i] = 0; continue; }
            int depth = 0;
            for (int node = nodeOfSymbol[i]; node != root; node = parent[node]) depth++;
            if (depth > limit) return false;
            lengths[i] = (byte)depth;
        }
        return true;
    }
}
