namespace Ics2Port.Bench.Load;

using System.Diagnostics;

/// <summary>
/// A closed-loop load generator: N workers, each sending its share of the operations one after another,
/// stopped early by a time limit so a slow system cannot make a run unbounded.
/// </summary>
internal static class LoadGenerator
{
    /// <summary>One operation of worker <c>worker</c> (its <c>index</c>-th); null when it succeeded, else what went wrong.</summary>
    public delegate Task<string?> Operation(int worker, int index, CancellationToken cancellationToken);

    public static async Task<LoadRun> RunAsync(int workers, int operations, TimeSpan timeLimit, Operation operation, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeLimit);
        var latencies = new List<double>[workers];
        var errors = 0;
        string? firstError = null;

        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(() => WorkAsync(worker), CancellationToken.None)));
        stopwatch.Stop();

        cancellationToken.ThrowIfCancellationRequested();
        return new LoadRun(operations, latencies.SelectMany(list => list), errors, stopwatch.Elapsed, firstError);

        async Task WorkAsync(int worker)
        {
            // Operations spread evenly; the first workers take one more when they do not divide.
            var share = (operations / workers) + (worker < operations % workers ? 1 : 0);
            var own = latencies[worker] = new List<double>(share);
            for (var index = 0; index < share && !deadline.IsCancellationRequested; index++)
            {
                var started = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    error = await operation(worker, index, deadline.Token);
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e) when (e is HttpRequestException or IOException or Azure.RequestFailedException)
                {
                    error = $"{e.GetType().Name}: {e.Message}";
                }

                if (error is null)
                {
                    own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, error, null);
                }
            }
        }
    }
}
