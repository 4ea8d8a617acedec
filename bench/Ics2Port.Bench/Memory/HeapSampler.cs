namespace Ics2Port.Bench.Memory;

/// <summary>
/// Tracks the largest managed heap while an operation runs: the heap size just before each collection it sees
/// (GCMemoryInfo, generation sizes before the GC) and the live total sampled every millisecond.
/// </summary>
internal sealed class HeapSampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stopping;
    private long _peak;
    private long _lastCollection;

    private HeapSampler()
    {
        _thread = new Thread(Sample) { IsBackground = true, Name = "heap sampler" };
        // Collections before the start are not the operation's.
        _lastCollection = GC.GetGCMemoryInfo(GCKind.Any).Index;
    }

    public static HeapSampler Start()
    {
        var sampler = new HeapSampler();
        sampler._thread.Start();
        return sampler;
    }

    /// <summary>Stops sampling and answers the peak in bytes.</summary>
    public long Stop()
    {
        _stopping = true;
        _thread.Join();
        Observe();
        return _peak;
    }

    public void Dispose()
    {
        if (!_stopping)
        {
            Stop();
        }
    }

    private void Sample()
    {
        while (!_stopping)
        {
            Observe();
            Thread.Sleep(1);
        }
    }

    private void Observe()
    {
        var current = GC.GetTotalMemory(forceFullCollection: false);
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        if (info.Index != _lastCollection)
        {
            _lastCollection = info.Index;
            var beforeCollection = 0L;
            foreach (var generation in info.GenerationInfo)
            {
                beforeCollection += generation.SizeBeforeBytes;
            }

            current = Math.Max(current, beforeCollection);
        }

        _peak = Math.Max(_peak, current);
    }
}
