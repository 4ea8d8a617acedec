namespace Ics2Port.Domain.Ens;

using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Manifests;

/// <summary>The ENS deadlines of an arrival manifest's consignments, from what the manifest and the port call say (seed 004, Annex I art. 7).</summary>
public static class ManifestEnsDeadlines
{
    /// <summary>
    /// One answer per consignment. The arrival at the first port in the customs territory is <paramref name="eta"/> when the ship comes
    /// straight from outside it (<paramref name="lastPort"/> outside the Union); after a call at a Union port that arrival is not known here.
    /// </summary>
    public static IReadOnlyList<ConsignmentEnsDeadline> Of(CargoManifest manifest, DateTimeOffset? eta, string? lastPort)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var firstPortArrival = UnionCustomsTerritory.Contains(lastPort) ? null : eta;
        return [.. (manifest.Consignments ?? []).OfType<Consignment>().Select(consignment => Of(consignment, firstPortArrival))];
    }

    private static ConsignmentEnsDeadline Of(Consignment consignment, DateTimeOffset? firstPortArrival)
    {
        if (UnionCustomsTerritory.Contains(consignment.PortOfLoading))
        {
            return new(consignment.BillOfLading, false, RuleIds.EnsWhen, null, null, consignment.EnsMrn);
        }

        if (EnsExemptions.IsKnown(consignment.EnsExemption))
        {
            return new(consignment.BillOfLading, false, RuleIds.EnsExempt, null, null, consignment.EnsMrn);
        }

        var deadline = EnsDeadlines.Latest(new SeaConsignment
        {
            CargoType = SeaCargoTypes.TryParse(consignment.CargoType, out var cargoType) ? cargoType : null,
            PortOfLoading = consignment.PortOfLoading,
            LoadingTime = IsoDateTime.TryParse(consignment.LoadedAt, out var loadedAt) ? loadedAt : null,
            ArrivalAtFirstPort = firstPortArrival,
        });
        return new(consignment.BillOfLading, true, deadline.Rule, deadline.LatestLodging, deadline.Problem, consignment.EnsMrn);
    }
}
