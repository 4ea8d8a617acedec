namespace Ics2Port.Domain.Ens;

using System.Collections.Frozen;

/// <summary>
/// The reasons a consignment needs no entry summary declaration (ENS-EXEMPT), as the manifest's
/// <c>ensExemption</c> names them. Seed 004, Annex I art. 3:
/// <list type="table">
/// <item><term><c>electricity</c></term><description>3(1)(a) electrical energy</description></item>
/// <item><term><c>pipeline</c></term><description>3(1)(b) goods entering by pipeline</description></item>
/// <item><term><c>correspondence</c></term><description>3(1)(c) letters, postcards and printed matter free of duty</description></item>
/// <item><term><c>oral-declaration</c></term><description>3(1)(e) goods that may be declared orally or by crossing the border, not carried under a transport contract</description></item>
/// <item><term><c>personal-luggage</c></term><description>3(1)(f) goods in travellers' personal luggage</description></item>
/// <item><term><c>ata-cpd-carnet</c></term><description>3(1)(g) goods under ATA or CPD carnets, not carried under a transport contract</description></item>
/// <item><term><c>diplomatic</c></term><description>3(1)(h) goods exempt under the Vienna or New York conventions</description></item>
/// <item><term><c>military</c></term><description>3(1)(i) weapons and military equipment in military transport</description></item>
/// <item><term><c>offshore-installation</c></term><description>3(1)(j) goods from offshore installations operated from the customs territory</description></item>
/// <item><term><c>form-302</c></term><description>3(1)(l) goods moved under NATO or EU form 302</description></item>
/// <item><term><c>special-territory</c></term><description>3(1)(m) goods from Ceuta, Melilla, Heligoland, San Marino, the Vatican, Livigno, Samnaun or Sampuoir</description></item>
/// <item><term><c>ships-stores</c></term><description>3(1)(n) goods for incorporation in or operation of the ship, food and items consumed or sold on board</description></item>
/// <item><term><c>sea-fishing</c></term><description>3(1)(o) sea-fishing products caught by the parties' vessels outside the customs territory</description></item>
/// <item><term><c>stores-call</c></term><description>3(1)(p) ships entering territorial waters only to take on stores, without using the port</description></item>
/// <item><term><c>household-effects</c></term><description>3(1)(q) household effects not carried under a transport contract</description></item>
/// <item><term><c>security-agreement</c></term><description>3(2) cases an international security agreement provides for</description></item>
/// <item><term><c>no-third-country-call</c></term><description>3(3) goods leaving the customs territory temporarily by sea between two of its points without calling at a third country</description></item>
/// </list>
/// Postal items (3(1)(d)) and consignments of at most 22 EUR (3(1)(k)) are left out: for sea transport both
/// exemptions ended with release 3 of the ICS2 system.
/// </summary>
public static class EnsExemptions
{
    private static readonly FrozenSet<string> Known = new[]
    {
        "electricity", "pipeline", "correspondence", "oral-declaration", "personal-luggage", "ata-cpd-carnet",
        "diplomatic", "military", "offshore-installation", "form-302", "special-territory", "ships-stores",
        "sea-fishing", "stores-call", "household-effects", "security-agreement", "no-third-country-call",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The wire names listed above.</summary>
    public static IReadOnlySet<string> Reasons => Known;

    /// <summary>True for one of <see cref="Reasons"/>, compared exactly.</summary>
    public static bool IsKnown(string? reason) => reason is not null && Known.Contains(reason);
}
