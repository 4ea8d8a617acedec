namespace Ics2Port.Domain.Ens;

using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Common;

/// <summary>
/// Lodging deadlines of the entry summary declaration for goods brought in by sea: seed 004 (EU–Switzerland
/// agreement, Annex I) article 7, point 1 (a)–(d), and point 11.
/// </summary>
public static class EnsDeadlines
{
    private static readonly TimeSpan ContainerLead = TimeSpan.FromHours(24);
    private static readonly TimeSpan BulkLead = TimeSpan.FromHours(4);
    private static readonly TimeSpan ShortSeaLead = TimeSpan.FromHours(2);
    private static readonly TimeSpan OutermostLead = TimeSpan.FromHours(2);
    private static readonly TimeSpan OutermostVoyageLimit = TimeSpan.FromHours(24);

    // Art. 7(1)(c)(1)-(3) and (5): goods coming from these count as short sea from any of their ports.
    private static readonly HashSet<string> ShortSeaCountries = new(StringComparer.Ordinal) { "GL", "FO", "IS", "MA" };

    /// <summary>
    /// The latest lodging time and the rule that decided it, checked in the order the law gives precedence:
    /// <list type="number">
    /// <item>ENS-FORCE-MAJEURE — art. 7(11): "Šā panta 1.–10. punktā minētos termiņus nepiemēro nepārvaramas
    /// varas gadījumos"; no deadline.</item>
    /// <item>ENS-SEA-SHORT — art. 7(1)(c): "vismaz divas stundas pirms kuģa ierašanās pirmajā ostā" for goods
    /// from Greenland (c)(1), the Faroe Islands (c)(2), Iceland (c)(3), ports on the Baltic, North, Black Sea
    /// or Mediterranean (c)(4), and any port of Morocco (c)(5). Points (a), (b) and (d) all yield to (c).</item>
    /// <item>ENS-SEA-OUTERMOST — art. 7(1)(d): voyages "mazāk par 24 stundām" between a place outside the
    /// customs territory and the French overseas departments, the Azores, Madeira or the Canary Islands:
    /// two hours before arrival at the first port. Points (a) and (b) yield to (d).</item>
    /// <item>ENS-SEA-CONTAINER — art. 7(1)(a): containerised cargo "vismaz 24 stundas pirms preču iekraušanas
    /// tajā kuģī", counted back from the loading time.</item>
    /// <item>ENS-SEA-BULK — art. 7(1)(b): bulk (liquid or dry) and general cargo "vismaz četras stundas pirms
    /// kuģa ierašanās pirmajā ostā". Ro-ro cargo is general cargo that is not in containers, so it falls
    /// here: the seed knows only containerised cargo (a) and bulk or general cargo (b).</item>
    /// </list>
    /// </summary>
    /// <remarks>
    /// Whether a port lies on one of the four seas is a fact about the port, not its country: Le Havre and
    /// Marseille are both French, only Marseille is on the Mediterranean. An explicit
    /// <see cref="SeaConsignment.PortOfLoadingSeaArea"/> therefore always wins; the country of the UN/LOCODE
    /// decides only where all of that country's ports lie on the four seas (Germany, Italy, Turkey…) or none
    /// do (China, the United States…). For France, Spain, the United Kingdom, Norway, Russia, Egypt and Israel
    /// the answer is undetermined until the sea area is given.
    /// Missing inputs give an undetermined answer (<see cref="EnsDeadline.IsDetermined"/> false), never an
    /// exception; times keep the offset they were given in.
    /// </remarks>
    public static EnsDeadline Latest(SeaConsignment consignment)
    {
        if (consignment.ForceMajeure)
        {
            return EnsDeadline.None(RuleIds.EnsForceMajeure);
        }

        var (shortSea, problem) = IsShortSeaOrigin(consignment);
        if (problem is not null)
        {
            return EnsDeadline.Undetermined(RuleIds.Required, problem);
        }

        if (shortSea)
        {
            return BeforeArrival(consignment, RuleIds.EnsSeaShort, ShortSeaLead);
        }

        if (consignment.OutermostRegionRoute)
        {
            if (consignment.VoyageDuration is not { } duration)
            {
                return EnsDeadline.Undetermined(
                    RuleIds.Required,
                    "The voyage duration is needed to decide whether ENS-SEA-OUTERMOST (voyages under 24 hours) applies.");
            }

            if (duration < OutermostVoyageLimit)
            {
                return BeforeArrival(consignment, RuleIds.EnsSeaOutermost, OutermostLead);
            }
        }

        return consignment.CargoType switch
        {
            null => EnsDeadline.Undetermined(
                RuleIds.Required,
                "The cargo type is needed to choose between ENS-SEA-CONTAINER and ENS-SEA-BULK."),
            SeaCargoType.Container => consignment.LoadingTime is { } loading
                ? EnsDeadline.Due(RuleIds.EnsSeaContainer, loading - ContainerLead)
                : EnsDeadline.Undetermined(RuleIds.EnsSeaContainer, "The loading time is needed: containerised cargo is declared 24 hours before loading."),
            _ => BeforeArrival(consignment, RuleIds.EnsSeaBulk, BulkLead),
        };
    }

    private static EnsDeadline BeforeArrival(SeaConsignment consignment, string rule, TimeSpan lead) =>
        consignment.ArrivalAtFirstPort is { } arrival
            ? EnsDeadline.Due(rule, arrival - lead)
            : EnsDeadline.Undetermined(rule, $"The arrival time at the first port in the customs territory is needed for {rule}.");

    private static (bool ShortSea, string? Problem) IsShortSeaOrigin(SeaConsignment consignment)
    {
        var explicitArea = consignment.PortOfLoadingSeaArea;
        if (!UnLocode.TryParse(consignment.PortOfLoading, out var port))
        {
            return explicitArea is { } area ? (area != SeaArea.Other, null)
                : consignment.PortOfLoading is null ? (false, "The port of loading (or its sea area) is needed to decide whether ENS-SEA-SHORT applies.")
                : (false, $"The port of loading '{consignment.PortOfLoading}' is not a UN/LOCODE; give a valid one or its sea area.");
        }

        if (ShortSeaCountries.Contains(port.Country))
        {
            return (true, null);
        }

        if (explicitArea is { } given)
        {
            return (given != SeaArea.Other, null);
        }

        var seas = CoastalStates.SeasOf(port.Country);
        var onShortSea = seas.Any(sea => sea != SeaArea.Other);
        var onOtherWaters = seas.Contains(SeaArea.Other);
        return onShortSea && onOtherWaters
            ? (false, $"{port.Country} has ports both on and off the Baltic, North Sea, Black Sea and Mediterranean; give the sea area of {port.Value} to decide ENS-SEA-SHORT.")
            : (onShortSea, null);
    }
}
