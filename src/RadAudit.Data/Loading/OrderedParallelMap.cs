namespace RadAudit.Data.Loading;

/// <summary>
/// Maps positions 0..count−1 through a function on worker threads and yields the results in position order, with
/// at most <c>capacity</c> results computed ahead of the consumer (bounded memory). Because each result depends
/// only on its position, the output is the same for any number of workers. An exception is rethrown at its
/// position; abandoning the enumeration stops the workers.
/// </summary>
internal static class OrderedParallelMap
{
    /// <summary>The results of <paramref name="map"/> for every position, in order.</summary>
    public static IEnumerable<T> Run<T>(int count, Func<int, T> map, int workers, int capacity, CancellationToken cancellation)
    {
        if (workers <= 0)
        {
            for (int position = 0; position < count; position++)
            {
                cancellation.ThrowIfCancellationRequested();
                yield return map(position);
            }
            yield break;
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var window = new Window<T>(capacity);
        int next = -1;
        var threads = Enumerable.Range(0, workers)
            .Select(_ => Task.Factory.StartNew(() => Work(count, map, window, ref next, stop.Token),
                stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            for (int position = 0; position < count; position++)
                yield return window.Take(position, stop.Token);
        }
        finally
        {
            stop.Cancel();
            try { Task.WaitAll(threads); }
            catch (AggregateException) { /* workers only fail by cancellation here; real errors were rethrown in order */ }
        }
    }

    private static void Work<T>(int count, Func<int, T> map, Window<T> window, ref int next, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            // Claim a slot first: then every position in flight is < consumed + capacity, so ring slots never clash.
            if (!window.WaitForRoom(stop)) return;
            int position = Interlocked.Increment(ref next);
            if (position >= count) return;
            try { window.Put(position, map(position), null); }
            catch (Exception problem) { window.Put(position, default!, problem); }
        }
    }

    /// <summary>A ring of result slots guarded by one lock.</summary>
    private sealed class Window<T>(int capacity)
    {
        private readonly T[] _results = new T[capacity];
        private readonly Exception?[] _errors = new Exception?[capacity];
        private readonly bool[] _ready = new bool[capacity];
        private readonly SemaphoreSlim _room = new(capacity, capacity);
        private readonly object _gate = new();

        public bool WaitForRoom(CancellationToken stop)
        {
            try { _room.Wait(stop); return true; }
            catch (OperationCanceledException) { return false; }
        }

        public void Put(int position, T result, Exception? error)
        {
            lock (_gate)
            {
                int slot = position % capacity;
                (_results[slot], _errors[slot], _ready[slot]) = (result, error, true);
                Monitor.PulseAll(_gate);
            }
        }

        public T Take(int position, CancellationToken stop)
        {
            int slot = position % capacity;
            T result;
            Exception? error;
            lock (_gate)
            {
                while (!_ready[slot])
                {
                    stop.ThrowIfCancellationRequested();
                    Monitor.Wait(_gate, TimeSpan.FromMilliseconds(50));
                }
                (result, error) = (_results[slot], _errors[slot]);
                (_results[slot], _errors[slot], _ready[slot]) = (default!, null, false);
            }
            _room.Release();
            if (error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            return result;
        }
    }
}
