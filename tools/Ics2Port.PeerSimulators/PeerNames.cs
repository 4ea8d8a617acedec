namespace Ics2Port.PeerSimulators;

/// <summary>The simulated peers; each name is also its route prefix.</summary>
public static class PeerNames
{
    public const string PortSystem = "port-system";
    public const string Eds = "eds";
}
