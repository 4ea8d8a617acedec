namespace Ics2Port.Domain.Ens;

/// <summary>What the ENS lodging deadline of goods brought in by sea depends on (seed 004, Annex I art. 7(1)).</summary>
public sealed record SeaConsignment
{
    public SeaCargoType? CargoType { get; init; }

    /// <summary>UN/LOCODE of the port where the goods are loaded onto the ship that brings them in.</summary>
    public string? PortOfLoading { get; init; }

    /// <summary>
    /// The sea of the port of loading, when known. Needed where the port's country has coasts both on and off
    /// the seas of ENS-SEA-SHORT (France, Spain, the United Kingdom, Norway, Russia, Egypt, Israel).
    /// </summary>
    public SeaArea? PortOfLoadingSeaArea { get; init; }

    /// <summary>When loading onto that ship starts (ENS-SEA-CONTAINER counts back from it).</summary>
    public DateTimeOffset? LoadingTime { get; init; }

    /// <summary>Arrival at the first port in the customs territory (the other sea rules count back from it).</summary>
    public DateTimeOffset? ArrivalAtFirstPort { get; init; }

    /// <summary>
    /// The voyage runs between a place outside the customs territory and a French overseas department, the
    /// Azores, Madeira or the Canary Islands (ENS-SEA-OUTERMOST).
    /// </summary>
    public bool OutermostRegionRoute { get; init; }

    /// <summary>Length of that voyage; ENS-SEA-OUTERMOST applies below 24 hours.</summary>
    public TimeSpan? VoyageDuration { get; init; }

    /// <summary>The deadlines do not apply in force majeure (ENS-FORCE-MAJEURE).</summary>
    public bool ForceMajeure { get; init; }
}
