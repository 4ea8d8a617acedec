namespace Ics2Port.Functions.Supplies;

using Ics2Port.Domain.ShipSupplies;
using Ics2Port.Storage.Documents;

/// <summary>The receipt of an accepted supply version: what was stored, what the law requires of it, and what its exit still lacks.</summary>
public sealed record SupplyReceipt(
    string SupplyId,
    string PortCallId,
    string SupplierId,
    int Version,
    string Sha256,
    DateTimeOffset ReceivedAt,
    string State,
    SupplyAssessment Requirements,
    SupplyExitState Exit)
{
    public static SupplyReceipt From(DocumentVersion version, SupplyAssessment requirements, SupplyExitState exit) =>
        new(version.Type, version.PortCallId, version.AgentId, version.Version, version.Sha256, version.ReceivedAt, version.State, requirements, exit);
}
