namespace Ics2Port.Domain.PassengerLists;

/// <summary>FAL 6 Passenger List.</summary>
public sealed record PassengerList
{
    public IReadOnlyList<Passenger>? Passengers { get; init; }
}
