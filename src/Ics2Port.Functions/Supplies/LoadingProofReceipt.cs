namespace Ics2Port.Functions.Supplies;

using Ics2Port.Domain.ShipSupplies;
using Ics2Port.Storage.Documents;

/// <summary>The receipt of an accepted proof of loading on board, with where the supply's exit now stands (SUP-EXPORT).</summary>
public sealed record LoadingProofReceipt(string SupplyId, string PortCallId, int Version, string Sha256, DateTimeOffset ReceivedAt, SupplyExitState Exit)
{
    public static LoadingProofReceipt From(DocumentVersion proof, SupplyExitState exit) =>
        new(proof.Type, proof.PortCallId, proof.Version, proof.Sha256, proof.ReceivedAt, exit);
}
