namespace Ics2Port.Storage.Permits;

/// <summary>A stored unloading/loading permit application and where its raw body is.</summary>
public sealed record PermitRecord
{
    /// <summary>URL- and path-safe id, e.g. <c>pm-q4k8z2m7xa</c>.</summary>
    public required string PermitId { get; init; }

    /// <summary>The agent that applied.</summary>
    public required string AgentId { get; init; }

    /// <summary>The port call the application belongs to.</summary>
    public required string PortCallId { get; init; }

    /// <summary>Lower-case hex SHA-256 of the raw body.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Name of the raw body in the permits container.</summary>
    public required string BlobName { get; init; }

    /// <summary>When the application was received.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Processing state, <c>accepted</c> when stored.</summary>
    public required string State { get; init; }

    /// <summary>Customs' decision; null until the permit is decided.</summary>
    public PermitDecision? Decision { get; init; }

    /// <summary>What the application is about; null for a permit stored before rows kept it (read its body instead).</summary>
    public PermitOutline? Outline { get; init; }
}
