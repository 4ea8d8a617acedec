namespace Ics2Port.Domain.Codes;

using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

/// <summary>An ISO 3166-1 alpha-2 country code, or <c>XI</c> (Northern Ireland in EU customs).</summary>
public sealed record CountryCode
{
    // The officially assigned ISO 3166-1 alpha-2 codes (249), grouped by first letter.
    private const string Assigned =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ " +
        "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ " +
        "DE DJ DK DM DO DZ " +
        "EC EE EG EH ER ES ET " +
        "FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY " +
        "HK HM HN HR HT HU " +
        "ID IE IL IM IN IO IQ IR IS IT " +
        "JE JM JO JP " +
        "KE KG KH KI KM KN KP KR KW KY KZ " +
        "LA LB LC LI LK LR LS LT LU LV LY " +
        "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
        "NA NC NE NF NG NI NL NO NP NR NU NZ " +
        "OM " +
        "PA PE PF PG PH PK PL PM PN PR PS PT PW PY " +
        "QA " +
        "RE RO RS RU RW " +
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ " +
        "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
        "UA UG UM US UY UZ " +
        "VA VC VE VG VI VN VU " +
        "WF WS " +
        "YE YT " +
        "ZA ZM ZW";

    // Northern Ireland keeps EU customs rules and has its own code in EU customs systems.
    private const string NorthernIreland = "XI";

    private static readonly FrozenSet<string> Codes =
        Assigned.Split(' ').Append(NorthernIreland).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodesBySpan = Codes.GetAlternateLookup<ReadOnlySpan<char>>();

    private CountryCode(string value) => Value = value;

    /// <summary>Two upper-case letters.</summary>
    public string Value { get; }

    /// <summary>True for an officially assigned ISO 3166-1 alpha-2 code (upper case) or <c>XI</c>.</summary>
    public static bool IsAssigned(string? s) => s is not null && Codes.Contains(s);

    /// <summary>True for an assigned code, read from part of a longer text without copying it.</summary>
    public static bool IsAssigned(ReadOnlySpan<char> s) => CodesBySpan.Contains(s);

    /// <summary>Accepts an assigned code in upper case, e.g. <c>LV</c>.</summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out CountryCode? value)
    {
        value = IsAssigned(s) ? new CountryCode(s!) : null;
        return value is not null;
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
