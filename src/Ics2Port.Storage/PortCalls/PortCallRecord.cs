namespace Ics2Port.Storage.PortCalls;

/// <summary>A stored port call: who owns it, the fields it is looked up by, and the request as the agent sent it.</summary>
public sealed record PortCallRecord
{
    /// <summary>URL- and path-safe id, e.g. <c>pc-7k2m9x4q1z</c>.</summary>
    public required string PortCallId { get; init; }

    /// <summary>The shipping agent that owns the port call.</summary>
    public required string AgentId { get; init; }

    /// <summary>The vessel's IMO number as it is searched for (seven digits when it parsed).</summary>
    public required string ImoNumber { get; init; }

    /// <summary>UN/LOCODE of the port, upper case.</summary>
    public required string Port { get; init; }

    /// <summary>The port call request, serialized as JSON.</summary>
    public required string RequestJson { get; init; }

    /// <summary>When the port call was registered.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
