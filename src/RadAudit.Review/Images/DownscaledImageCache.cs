namespace RadAudit.Review.Images;

/// <summary>
/// Downscaled PNGs (display copies of very large images, thumbnails) made once and kept in memory up to a byte
/// budget; the oldest are dropped first. Rendering runs outside the lock, so two first requests for one image may
/// both render it (harmless) but never block each other's other images.
/// </summary>
internal sealed class DownscaledImageCache(long budgetBytes)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(int Index, int LongSide), byte[]> _entries = [];
    private readonly Queue<(int Index, int LongSide)> _age = new();
    private long _bytes;

    /// <summary>The cached PNG of image <paramref name="index"/> at <paramref name="longSide"/>, rendered by <paramref name="render"/> if absent.</summary>
    public byte[] GetOrAdd(int index, int longSide, Func<byte[]> render)
    {
        var key = (index, longSide);
        lock (_gate)
            if (_entries.TryGetValue(key, out byte[]? cached)) return cached;
        byte[] png = render();
        lock (_gate)
        {
            if (_entries.TryAdd(key, png))
            {
                _age.Enqueue(key);
                _bytes += png.Length;
            }
            while (_bytes > budgetBytes && _age.Count > 1)
            {
                var oldest = _age.Dequeue();
                _bytes -= _entries[oldest].Length;
                _entries.Remove(oldest);
            }
        }
        return png;
    }
}
