namespace Ics2Port.Functions.PortCalls;

using Ics2Port.Storage.Documents;

/// <summary>Where one document of a port call stands.</summary>
public sealed record DocumentState(string Type, string DocumentId, int Version, string State, DateTimeOffset ReceivedAt, string Sha256)
{
    public static DocumentState From(DocumentVersion version) =>
        new(version.Type, version.DocumentId, version.Version, version.State, version.ReceivedAt, version.Sha256);
}
