namespace Ics2Port.Functions.Supplies;

using System.Text.Json;
using Ics2Port.Domain.ShipSupplies;

/// <summary>A supply's latest version as filed, what the law requires of it, its proof of loading if any, and its exit (SUP-EXPORT).</summary>
public sealed record SupplyView(
    string SupplyId,
    string PortCallId,
    string SupplierId,
    int Version,
    string State,
    DateTimeOffset ReceivedAt,
    string Sha256,
    SupplyAssessment Requirements,
    SupplyExitState Exit,
    JsonElement Supply,
    LoadingProofView? LoadingProof);
