namespace Ics2Port.Storage.Permits;

/// <summary>
/// What a permit application is about, kept on the permit's row when it is filed so that lists show it without
/// reading the application's body.
/// </summary>
public sealed record PermitOutline
{
    /// <summary><c>unloading</c> or <c>loading</c>.</summary>
    public required string Operation { get; init; }

    /// <summary>The berth of all its goods.</summary>
    public required string Berth { get; init; }

    /// <summary>The items' HS codes, each once, in the order the items give them.</summary>
    public required IReadOnlyList<string> HsCodes { get; init; }

    /// <summary>When the operation is planned to start, as the application gives it; null when it does not.</summary>
    public string? PlannedStart { get; init; }

    /// <summary>Equal when they say the same, list and all.</summary>
    public bool Equals(PermitOutline? other) =>
        other is not null && Operation == other.Operation && Berth == other.Berth && PlannedStart == other.PlannedStart && HsCodes.SequenceEqual(other.HsCodes);

    public override int GetHashCode() => HashCode.Combine(Operation, Berth, PlannedStart, HsCodes.Count);
}
