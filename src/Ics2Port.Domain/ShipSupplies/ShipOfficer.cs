namespace Ics2Port.Domain.ShipSupplies;

/// <summary>Who on the ship's side confirmed the loading: the master or an officer.</summary>
public sealed record ShipOfficer
{
    public string? Name { get; init; }
    public string? Rank { get; init; }
}
