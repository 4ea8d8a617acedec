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
        var steps = new TimedSteps[workers];

        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(() => WorkAsync(worker), CancellationToken.None)));
        stopwatch.Stop();

        cancellationToken.ThrowIfCancellationRequested();
        return new LoadRun(
            operations,
            steps.SelectMany(own => own.Milliseconds),
            steps.Sum(own => own.Errors),
            stopwatch.Elapsed,
            steps.Select(own => own.FirstError).FirstOrDefault(error => error is not null));

        async Task WorkAsync(int worker)
        {
            // Operations spread evenly; the first workers take one more when they do not divide.
            var share = (operations / workers) + (worker < operations % workers ? 1 : 0);
            var own = steps[worker] = new TimedSteps();
            for (var index = 0; index < share && !deadline.IsCancellationRequested; index++)
            {
                if (!await own.RunAsync(token => operation(worker, index, token), deadline.Token))
                {
                    return;
                }
            }
        }
    }
}
