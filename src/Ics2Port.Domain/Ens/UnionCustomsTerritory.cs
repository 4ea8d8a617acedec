namespace Ics2Port.Domain.Ens;

using System.Collections.Frozen;
using Ics2Port.Domain.Codes;

/// <summary>
/// Whether a port lies in the customs territory of the Union: an entry summary declaration is lodged only for goods brought
/// in from outside it (seed 000; seed 004, Annex I art. 1), so goods loaded in Gothenburg or Hamburg need none.
/// </summary>
public static class UnionCustomsTerritory
{
    // The member states, and Monaco, which the Union Customs Code counts in the territory (art. 4(2)).
    private static readonly FrozenSet<string> Countries = FrozenSet.ToFrozenSet(
        ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MC", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"],
        StringComparer.Ordinal);

    // Ports of member states outside the territory (seed 004, art. 3(1)(m)): Ceuta, Melilla, Heligoland.
    private static readonly FrozenSet<string> PortsOutside = FrozenSet.ToFrozenSet(["ESCEU", "ESMLN", "DEHGL"], StringComparer.Ordinal);

    /// <summary>True for a UN/LOCODE in the Union's customs territory; false outside it or when the code cannot be read.</summary>
    public static bool Contains(string? port) =>
        UnLocode.TryParse(port?.Trim(), out var code) && Countries.Contains(code.Country) && !PortsOutside.Contains(code.Value);
}
