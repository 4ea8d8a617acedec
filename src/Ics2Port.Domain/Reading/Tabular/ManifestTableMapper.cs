namespace Ics2Port.Domain.Reading.Tabular;

using Ics2Port.Domain.Manifests;

/// <summary>
/// The cargo manifest from a table of item rows. Rows group into consignments by <c>billOfLading</c> in order of
/// first appearance (rows without one form one consignment); the manifest's and the consignment's columns
/// repeat on the rows (<see cref="SameOnEveryRow"/>). <c>goodsStatus</c> is the item's own status, so a
/// consignment read from a table has none of its own.
/// </summary>
internal sealed class ManifestTableMapper : ITableMapper
{
    public static ManifestTableMapper Instance { get; } = new();

    public IReadOnlySet<string> Columns => ManifestColumns.All;

    public MappedDocument Map(Table table, TableCells cells)
    {
        var manifest = new SameOnEveryRow(cells.Errors, string.Empty);
        var consignments = new List<ConsignmentGroup>();
        var byBillOfLading = new Dictionary<string, ConsignmentGroup>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            foreach (var column in ManifestColumns.ManifestText)
            {
                manifest.Take(row, column, cells.Text(row, column));
            }

            var authorised = cells.Bool(row, ManifestColumns.IssuerAuthorised);
            manifest.Take(row, ManifestColumns.IssuerAuthorised, authorised is { } value ? (value ? "true" : "false") : null);

            var billOfLading = cells.Text(row, ManifestColumns.BillOfLading);
            if (!byBillOfLading.TryGetValue(billOfLading ?? string.Empty, out var consignment))
            {
                var group = billOfLading is null ? "without a bill of lading" : $"of bill of lading '{billOfLading}'";
                consignment = new ConsignmentGroup(row.Index, new SameOnEveryRow(cells.Errors, group));
                byBillOfLading.Add(billOfLading ?? string.Empty, consignment);
                consignments.Add(consignment);
            }

            foreach (var column in ManifestColumns.ConsignmentText)
            {
                consignment.Values.Take(row, column, cells.Text(row, column));
            }

            consignment.Items.Add(Item(row, cells));
            consignment.ItemRows.Add(row.Index);
        }

        var document = new CargoManifest
        {
            Issuer = ManifestColumns.Issuer.Read(manifest.Get),
            IssuerAuthorised = manifest.Get(ManifestColumns.IssuerAuthorised) is { } issuerAuthorised ? issuerAuthorised == "true" : null,
            CustomsEndorsement = Endorsement(manifest),
            Consignments = [.. consignments.Select(Consignment)],
        };
        var layout = new ManifestLayout(
            table.Rows.Count > 0 ? table.Rows[0].Index : -1,
            manifest.Rows(),
            [.. consignments.Select(consignment => new ConsignmentRows(consignment.FirstRow, consignment.Values.Rows(), consignment.ItemRows))]);
        return new MappedDocument(document, layout);
    }

    private static ManifestItem Item(TableRow row, TableCells cells)
    {
        var packages = new PackageCount { Count = cells.Int(row, "packages.count"), Kind = cells.Text(row, "packages.kind") };
        return new ManifestItem
        {
            Description = cells.Text(row, "description"),
            HsCode = cells.Text(row, "hsCode"),
            Packages = packages == NoPackages ? null : packages,
            GrossMassKg = cells.Decimal(row, "grossMassKg"),
            ContainerNumber = cells.Text(row, "containerNumber"),
            MarksAndNumbers = cells.Text(row, "marksAndNumbers"),
            GoodsStatus = cells.Text(row, "goodsStatus"),
        };
    }

    private static Consignment Consignment(ConsignmentGroup group) => new()
    {
        BillOfLading = group.Values.Get(ManifestColumns.BillOfLading),
        PortOfLoading = group.Values.Get("portOfLoading"),
        PortOfDischarge = group.Values.Get("portOfDischarge"),
        Consignor = ManifestColumns.Consignor.Read(group.Values.Get),
        Consignee = ManifestColumns.Consignee.Read(group.Values.Get),
        CargoType = group.Values.Get("cargoType"),
        EnsMrn = group.Values.Get("ensMrn"),
        EnsExemption = group.Values.Get("ensExemption"),
        Items = group.Items,
    };

    private static CustomsEndorsement? Endorsement(SameOnEveryRow manifest)
    {
        var endorsement = new CustomsEndorsement
        {
            Office = manifest.Get("customsEndorsement.office"),
            Reference = manifest.Get("customsEndorsement.reference"),
            Date = manifest.Get("customsEndorsement.date"),
        };
        return endorsement == NoEndorsement ? null : endorsement;
    }

    private static readonly PackageCount NoPackages = new();
    private static readonly CustomsEndorsement NoEndorsement = new();

    private sealed class ConsignmentGroup(int firstRow, SameOnEveryRow values)
    {
        public int FirstRow { get; } = firstRow;
        public SameOnEveryRow Values { get; } = values;
        public List<ManifestItem> Items { get; } = [];
        public List<int> ItemRows { get; } = [];
    }
}
