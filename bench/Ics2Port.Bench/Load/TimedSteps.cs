namespace Ics2Port.Bench.Load;

using System.Diagnostics;

/// <summary>Operations of one kind, run one at a time by one caller: how long each took, and what went wrong.</summary>
internal sealed class TimedSteps
{
    private readonly List<double> _milliseconds = [];
    private long _elapsedTicks;

    public int Errors { get; private set; }

    public string? FirstError { get; private set; }

    /// <summary>The latencies of the successful steps, for pooling with other callers'.</summary>
    public IReadOnlyList<double> Milliseconds => _milliseconds;

    /// <summary>Runs one operation (null when it succeeded, else what went wrong); false when the token stopped it.</summary>
    public async Task<bool> RunAsync(Func<CancellationToken, Task<string?>> operation, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        string? error;
        try
        {
            error = await operation(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or Azure.RequestFailedException)
        {
            error = $"{e.GetType().Name}: {e.Message}";
        }

        var elapsed = Stopwatch.GetTimestamp() - started;
        _elapsedTicks += elapsed;
        if (error is null)
        {
            _milliseconds.Add(Stopwatch.GetElapsedTime(0, elapsed).TotalMilliseconds);
        }
        else
        {
            Errors++;
            FirstError ??= error;
        }

        return true;
    }

    /// <summary>The steps as a run of <paramref name="planned"/> operations, timed by the sum of their own durations.</summary>
    public LoadRun ToRun(int planned) => new(planned, _milliseconds, Errors, Stopwatch.GetElapsedTime(0, _elapsedTicks), FirstError);
}
