namespace Ics2Port.Bench.Load;

/// <summary>What a load generator run did: how many operations succeeded, how fast, and how long each took.</summary>
internal sealed class LoadRun
{
    private readonly double[] _sortedMilliseconds;

    public LoadRun(int planned, IEnumerable<double> latenciesMilliseconds, int errors, TimeSpan elapsed, string? firstError)
    {
        Planned = planned;
        _sortedMilliseconds = [.. latenciesMilliseconds.Order()];
        Errors = errors;
        Elapsed = elapsed;
        FirstError = firstError;
    }

    public int Planned { get; }

    public int Succeeded => _sortedMilliseconds.Length;

    public int Errors { get; }

    public TimeSpan Elapsed { get; }

    public string? FirstError { get; }

    /// <summary>True when the time limit stopped the run before every planned operation was sent.</summary>
    public bool Stopped => Succeeded + Errors < Planned;

    public double PerSecond => Succeeded / Elapsed.TotalSeconds;

    public double MaxMilliseconds => _sortedMilliseconds.Length == 0 ? double.NaN : _sortedMilliseconds[^1];

    /// <summary>The nearest-rank percentile of successful operations' latency, <paramref name="fraction"/> in (0, 1].</summary>
    public double Percentile(double fraction)
    {
        if (_sortedMilliseconds.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(fraction * _sortedMilliseconds.Length);
        return _sortedMilliseconds[Math.Clamp(rank, 1, _sortedMilliseconds.Length) - 1];
    }

    /// <summary>Rounds of the same operation as one run: counts and time add up, latencies pool.</summary>
    public static LoadRun Combine(IReadOnlyList<LoadRun> rounds) => new(
        rounds.Sum(round => round.Planned),
        rounds.SelectMany(round => round._sortedMilliseconds),
        rounds.Sum(round => round.Errors),
        TimeSpan.FromTicks(rounds.Sum(round => round.Elapsed.Ticks)),
        rounds.Select(round => round.FirstError).FirstOrDefault(error => error is not null));
}
