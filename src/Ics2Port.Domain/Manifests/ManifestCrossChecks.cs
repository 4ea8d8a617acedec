namespace Ics2Port.Domain.Manifests;

using FluentValidation;
using FluentValidation.Results;
using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;

/// <summary>
/// The rules that look across consignments — unique bills of lading, statuses per item and per container,
/// the status proof — in one pass over the items, with dictionaries, so a 10,000-item manifest costs linear time.
/// </summary>
internal static class ManifestCrossChecks
{
    public static void Check(CargoManifest manifest, DocumentContext context, ValidationContext<CargoManifest> validation)
    {
        var consignments = manifest.Consignments ?? [];
        var firstByBill = new Dictionary<string, int>(consignments.Count, StringComparer.OrdinalIgnoreCase);
        var containers = new Dictionary<string, ContainerContents>(StringComparer.Ordinal);
        var unionGoods = false;

        for (var i = 0; i < consignments.Count; i++)
        {
            var consignment = consignments[i];
            if (consignment is null)
            {
                continue;
            }

            CheckBillIsUnique(consignment, i, firstByBill, validation);
            var provenOtherwise = HasOtherProof(consignment);
            var consignmentStatus = Present(consignment.GoodsStatus);
            var items = consignment.Items ?? [];
            for (var j = 0; j < items.Count; j++)
            {
                var item = items[j];
                if (item is null)
                {
                    continue;
                }

                var ownStatus = Present(item.GoodsStatus);
                var status = ownStatus ?? consignmentStatus;
                if (status is null)
                {
                    validation.AddFailure(Failure(
                        ItemStatusPath(i, j),
                        RuleIds.StatusCodes,
                        $"Item {j} of bill of lading '{consignment.BillOfLading}' has no goodsStatus, and neither has its consignment; give C, F or N."));
                    continue;
                }

                // A status other than C, F or N is reported on its own field (GoodsStatuses.MustBeGoodsStatus).
                if (!GoodsStatuses.IsValid(status))
                {
                    continue;
                }

                unionGoods |= GoodsStatuses.IsUnionStatus(status) && !provenOtherwise;
                if (ContainerKey(item.ContainerNumber) is { } container)
                {
                    if (!containers.TryGetValue(container, out var contents))
                    {
                        contents = new ContainerContents();
                        containers.Add(container, contents);
                    }

                    contents.Add(status, reliesOnConsignment: ownStatus is null, i, j);
                }
            }
        }

        foreach (var (container, contents) in containers)
        {
            if (contents.IsMixed)
            {
                foreach (var (i, j) in contents.ItemsWithoutOwnStatus)
                {
                    validation.AddFailure(Failure(
                        ItemStatusPath(i, j),
                        RuleIds.StatusMixed,
                        $"Container {container} holds both Union and non-Union goods ({contents.StatusesFound}); every item in it needs its own goodsStatus."));
                }
            }
        }

        // STATUS-PROOF says when proof is needed (Union goods, no regular shipping service, no T2L/T2LF, invoice or transport
        // document for them); what is then missing is the endorsement. A departure manifest is filed first and endorsed
        // by the Latvian office afterwards, so there it is a reminder, not a refusal.
        if (!context.RegularShippingService && unionGoods && manifest.IssuerAuthorised != true && manifest.CustomsEndorsement is null)
        {
            var departure = context.Direction == Direction.Departure;
            var failure = Failure(
                nameof(CargoManifest.CustomsEndorsement),
                RuleIds.StatusEndorse,
                departure
                    ? "The manifest proves the Union status of goods marked C or F: customs of the port endorse this version after it is filed, unless its issuer is authorised (issuerAuthorised) or the consignments carry another proof (statusProof)."
                    : "The manifest proves the Union status of goods marked C or F on a ship that is not a regular shipping service: it needs the customs endorsement (office, reference, date) unless its issuer is authorised (issuerAuthorised) or the consignments carry another proof (statusProof: T2L, T2LF, invoice or transport document).");
            failure.Severity = departure ? Severity.Warning : Severity.Error;
            validation.AddFailure(failure);
        }
    }

    private static bool HasOtherProof(Consignment consignment) =>
        consignment.StatusProof is { } proof && Present(proof.Reference) is not null && StatusProofKinds.All.Contains(proof.Kind);

    private static void CheckBillIsUnique(Consignment consignment, int index, Dictionary<string, int> firstByBill, ValidationContext<CargoManifest> validation)
    {
        if (Present(consignment.BillOfLading) is not { } bill)
        {
            return;
        }

        var key = bill.Trim();
        if (!firstByBill.TryAdd(key, index))
        {
            validation.AddFailure(Failure(
                $"Consignments[{index}].BillOfLading",
                RuleIds.Consistency,
                $"Bill of lading '{bill}' already appears in consignment {firstByBill[key]}; each bill of lading appears once in a manifest."));
        }
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // The same container written with or without spaces is one container; a malformed number still groups by its text.
    private static string? ContainerKey(string? containerNumber) =>
        ContainerNumber.IsValid(containerNumber) ? containerNumber.Replace(" ", string.Empty, StringComparison.Ordinal) : Present(containerNumber)?.Trim();

    private static string ItemStatusPath(int consignment, int item) => $"Consignments[{consignment}].Items[{item}].GoodsStatus";

    private static ValidationFailure Failure(string propertyPath, string ruleId, string message) =>
        new(propertyPath, message) { ErrorCode = ruleId };

    private sealed class ContainerContents
    {
        private static readonly string[] Order = [GoodsStatuses.Union, GoodsStatuses.UnionOutsideVatArea, GoodsStatuses.NonUnion];

        // One bit per status of Order: a container holds thousands of items but at most three statuses.
        private int statuses;
        private List<(int Consignment, int Item)>? itemsWithoutOwnStatus;

        public IReadOnlyList<(int Consignment, int Item)> ItemsWithoutOwnStatus => itemsWithoutOwnStatus ?? [];

        // Seed 003: the rule is for a container with both Union (C, F) and non-Union (N) goods; C with F is Union goods only.
        public bool IsMixed => Has(GoodsStatuses.NonUnion) && (Has(GoodsStatuses.Union) || Has(GoodsStatuses.UnionOutsideVatArea));

        public string StatusesFound => string.Join(", ", Order.Where(Has));

        public void Add(string status, bool reliesOnConsignment, int consignment, int item)
        {
            statuses |= Bit(status);
            if (reliesOnConsignment)
            {
                (itemsWithoutOwnStatus ??= []).Add((consignment, item));
            }
        }

        private static int Bit(string status) => 1 << Array.IndexOf(Order, status);

        private bool Has(string status) => (statuses & Bit(status)) != 0;
    }
}
