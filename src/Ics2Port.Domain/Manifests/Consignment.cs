namespace Ics2Port.Domain.Manifests;

using Ics2Port.Domain.Parties;

/// <summary>One bill of lading of the manifest.</summary>
public sealed record Consignment
{
    public string? BillOfLading { get; init; }
    public string? PortOfLoading { get; init; }
    public string? PortOfDischarge { get; init; }
    public Party? Consignor { get; init; }
    public Party? Consignee { get; init; }
    /// <summary>The actual consignor, to the extent its data is available (PARTY-MIN).</summary>
    public ActualParty? ActualConsignor { get; init; }
    /// <summary>The actual consignee, to the extent its data is available (PARTY-MIN).</summary>
    public ActualParty? ActualConsignee { get; init; }
    /// <summary>Another proof of the Union status of this consignment's goods than the manifest (STATUS-PROOF).</summary>
    public StatusProof? StatusProof { get; init; }
    /// <summary>When the goods were loaded at the port of loading; ENS-SEA-CONTAINER counts back from it.</summary>
    public string? LoadedAt { get; init; }
    /// <summary>C, F or N for every item without a status of its own (STATUS-CODES).</summary>
    public string? GoodsStatus { get; init; }
    /// <summary><c>container</c>, <c>bulk</c>, <c>break-bulk</c> or <c>ro-ro</c>.</summary>
    public string? CargoType { get; init; }
    /// <summary>MRN of the entry summary declaration (ENS-WHEN).</summary>
    public string? EnsMrn { get; init; }
    /// <summary>Why no ENS is needed (ENS-EXEMPT).</summary>
    public string? EnsExemption { get; init; }
    public IReadOnlyList<ManifestItem>? Items { get; init; }
}
