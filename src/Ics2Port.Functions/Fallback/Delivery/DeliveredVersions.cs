namespace Ics2Port.Functions.Fallback.Delivery;

using Ics2Port.Domain.Fallback;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Filings;

/// <summary>
/// What a stored version is called on each channel. A port call document is named by direction and type; a permit
/// application or ship supply (<see cref="FilingKinds"/>) by its kind and own id.
/// </summary>
public static class DeliveredVersions
{
    /// <summary>The version as the port system receives it.</summary>
    public static PortSystemDelivery ToDelivery(DocumentVersion version, BinaryData content)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(content);
        return FilingKinds.IsFiling(version.Direction)
            ? new PortSystemDelivery(version.DocumentId, version.Version, version.PortCallId, version.Direction, null, version.ContentType, content.ToMemory())
            : new PortSystemDelivery(version.DocumentId, version.Version, version.PortCallId, DirectionOf(version), TypeOf(version), version.ContentType, content.ToMemory());
    }

    /// <summary>The version as fallback correspondence names it.</summary>
    public static FallbackDocument ToFallbackDocument(DocumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.Direction switch
        {
            FilingKinds.Permit => new FallbackDocument(version.DocumentId, DocumentTitles.PermitApplication, version.Type, null, version.Version, version.Sha256),
            FilingKinds.Supply => new FallbackDocument(version.DocumentId, DocumentTitles.ShipSupply, version.Type, null, version.Version, version.Sha256),
            _ => new FallbackDocument(version.DocumentId, DirectionOf(version), TypeOf(version), version.Version, version.Sha256),
        };
    }

    /// <summary>
    /// <c>{direction}-{type}.{ext}</c>, e.g. <c>arrival-fal5.csv</c>, the name the fallback inbox recognises when an agent
    /// forwards it; <c>{kind}-{id}.json</c> for a permit or supply.
    /// </summary>
    public static string FileNameOf(DocumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var extension = Path.GetExtension(version.BlobName) is { Length: > 0 } stored ? stored : ".json";
        return $"{version.Direction}-{version.Type}{extension}";
    }

    private static Direction DirectionOf(DocumentVersion version) =>
        DocumentTypes.TryParseDirection(version.Direction, out var direction)
            ? direction
            : throw new InvalidOperationException($"Document {version.DocumentId} has the unknown direction '{version.Direction}'.");

    private static DocumentType TypeOf(DocumentVersion version) =>
        DocumentTypes.TryParseType(version.Type, out var type)
            ? type
            : throw new InvalidOperationException($"Document {version.DocumentId} has the unknown type '{version.Type}'.");
}
