namespace Ics2Port.Bench;

using System.Globalization;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.Parties;

/// <summary>
/// A valid manifest of any size in the style of the public examples: Riga arrivals from Asian and North Sea
/// ports, containers with real ISO 6346 check digits, full and 4-digit HS codes, statuses C and N with the
/// mixed containers declared item by item (STATUS-MIXED).
/// </summary>
internal static class SyntheticManifest
{
    private const int ItemsPerConsignment = 20;
    private const int ItemsPerContainer = 4;

    private static readonly string[] PortsOfLoading = ["CNSHA", "CNNGB", "SGSIN", "DEHAM", "NLRTM", "BEANR", "SEGOT", "FIHEL"];
    private static readonly string[] OwnerCodes = ["MSC", "MAE", "CMA", "HLX", "ONE", "EGH"];
    private static readonly (string HsCode, string Description, string Kind)[] Goods =
    [
        ("44071190", "Sawn timber, pine", "bundle"),
        ("84713000", "Portable computers", "carton"),
        ("94036090", "Wooden furniture", "package"),
        ("7308", "Steel structures", "piece"),
        ("39269097", "Plastic articles", "carton"),
        ("0303", "Frozen fish", "pallet"),
        ("85171300", "Smartphones", "carton"),
        ("6403", "Leather footwear", "carton"),
    ];

    public static CargoManifest Create(int items)
    {
        var consignments = new List<Consignment>();
        for (var first = 0; first < items; first += ItemsPerConsignment)
        {
            consignments.Add(Consignment(consignments.Count, first, Math.Min(ItemsPerConsignment, items - first)));
        }

        return new CargoManifest
        {
            Issuer = Party("Baltic Shipping Agency SIA", "LV", "LV40003054321", "ops@balticship.lv"),
            IssuerAuthorised = true,
            Consignments = consignments,
        };
    }

    private static Consignment Consignment(int index, int firstItem, int count)
    {
        var port = PortsOfLoading[index % PortsOfLoading.Length];
        // Every fifth consignment puts Union goods into the next one's first container; both declare each item's status (STATUS-MIXED).
        var mixed = index % 5 == 0;
        var sharesWithMixed = index % 5 == 1;
        var items = new List<ManifestItem>(count);
        for (var j = 0; j < count; j++)
        {
            var goods = Goods[(firstItem + j) % Goods.Length];
            var containerIndex = (mixed ? firstItem + ItemsPerConsignment : firstItem + j) / ItemsPerContainer;
            items.Add(new ManifestItem
            {
                Description = goods.Description,
                HsCode = goods.HsCode,
                Packages = new PackageCount { Count = 1 + ((firstItem + j) % 60), Kind = goods.Kind },
                GrossMassKg = 250m + ((firstItem + j) % 97 * 211.5m),
                ContainerNumber = Container(containerIndex),
                MarksAndNumbers = string.Create(CultureInfo.InvariantCulture, $"BT/{index}/{j}"),
                GoodsStatus = mixed ? "C" : sharesWithMixed ? "N" : null,
            });
        }

        return new Consignment
        {
            BillOfLading = string.Create(CultureInfo.InvariantCulture, $"BL{port}{index:D6}"),
            PortOfLoading = port,
            PortOfDischarge = "LVRIX",
            Consignor = Party(string.Create(CultureInfo.InvariantCulture, $"Exporter {index} Ltd"), port[..2], null, string.Create(CultureInfo.InvariantCulture, $"export{index}@example.com")),
            Consignee = Party(string.Create(CultureInfo.InvariantCulture, $"Importer {index} SIA"), "LV", "LV40003012345", string.Create(CultureInfo.InvariantCulture, $"import{index}@example.lv")),
            GoodsStatus = "N",
            CargoType = "container",
            EnsMrn = string.Create(CultureInfo.InvariantCulture, $"26LV000210E{index:D7}"),
            Items = items,
        };
    }

    private static Party Party(string name, string country, string? eori, string email) => new()
    {
        Name = name,
        Address = "Harbour Road 1",
        Country = country,
        Eori = eori,
        Email = email,
        Phone = "+371 67 000 000",
    };

    // The check digit is whichever one the ISO 6346 parser accepts, so the data never drifts from the rule.
    private static string Container(int index)
    {
        var stem = string.Create(CultureInfo.InvariantCulture, $"{OwnerCodes[index % OwnerCodes.Length]}U{index % 1_000_000:D6}");
        for (var digit = 0; digit <= 9; digit++)
        {
            if (ContainerNumber.TryParse(stem + digit.ToString(CultureInfo.InvariantCulture), out var container))
            {
                return container.Value;
            }
        }

        throw new InvalidOperationException($"No check digit makes {stem} a valid container number.");
    }
}
