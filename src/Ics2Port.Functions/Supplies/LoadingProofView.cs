namespace Ics2Port.Functions.Supplies;

using Ics2Port.Domain.ShipSupplies;

/// <summary>The latest proof of loading of a supply as filed.</summary>
public sealed record LoadingProofView(int Version, DateTimeOffset ReceivedAt, string Sha256, LoadingProof Proof);
