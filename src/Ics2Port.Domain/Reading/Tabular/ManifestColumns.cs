namespace Ics2Port.Domain.Reading.Tabular;

using System.Collections.Frozen;

/// <summary>The columns of a manifest table: one row per item, repeating its consignment's and the manifest's fields.</summary>
internal static class ManifestColumns
{
    public const string IssuerAuthorised = "issuerAuthorised";
    public const string BillOfLading = "billOfLading";

    public static readonly PartyColumns Issuer = new("issuer");
    public static readonly PartyColumns Consignor = new("consignor");
    public static readonly PartyColumns Consignee = new("consignee");

    /// <summary>Columns with the manifest's own fields: the same value on every row that has one.</summary>
    public static readonly IReadOnlyList<string> ManifestText =
        [.. Issuer.All, "customsEndorsement.office", "customsEndorsement.reference", "customsEndorsement.date"];

    /// <summary>Columns with the consignment's fields: the same value on every row of one bill of lading.</summary>
    public static readonly IReadOnlyList<string> ConsignmentText =
        [BillOfLading, "portOfLoading", "portOfDischarge", .. Consignor.All, .. Consignee.All, "cargoType", "ensMrn", "ensExemption"];

    /// <summary>Columns with the item's fields; <c>goodsStatus</c> is the item's own status.</summary>
    public static readonly IReadOnlyList<string> ItemColumns =
        ["description", "hsCode", "packages.count", "packages.kind", "grossMassKg", "containerNumber", "marksAndNumbers", "goodsStatus"];

    public static readonly FrozenSet<string> Manifest = FrozenSet.Create(StringComparer.Ordinal, [.. ManifestText, IssuerAuthorised]);

    public static readonly FrozenSet<string> Consignment = FrozenSet.Create(StringComparer.Ordinal, [.. ConsignmentText]);

    public static readonly FrozenSet<string> Item = FrozenSet.Create(StringComparer.Ordinal, [.. ItemColumns]);

    /// <summary>The manifest's top-level fields that come from columns.</summary>
    public static readonly FrozenSet<string> ManifestFields = FrozenSet.Create(StringComparer.Ordinal, "issuer", IssuerAuthorised, "customsEndorsement");

    public static readonly FrozenSet<string> All = FrozenSet.Create(StringComparer.Ordinal, [.. Manifest, .. Consignment, .. Item]);
}
