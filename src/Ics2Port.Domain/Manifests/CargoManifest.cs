namespace Ics2Port.Domain.Manifests;

using Ics2Port.Domain.Parties;

/// <summary>The ship's cargo manifest (FAL 2) with a customs status per consignment or item.</summary>
public sealed record CargoManifest
{
    public Party? Issuer { get; init; }
    /// <summary>The issuer may issue status proof without endorsement (STATUS-ENDORSE).</summary>
    public bool? IssuerAuthorised { get; init; }
    public CustomsEndorsement? CustomsEndorsement { get; init; }
    public IReadOnlyList<Consignment>? Consignments { get; init; }
}
