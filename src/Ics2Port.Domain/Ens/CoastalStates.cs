namespace Ics2Port.Domain.Ens;

/// <summary>
/// Which of the seas of ENS-SEA-SHORT each coastal state's ports lie on, so that a port of loading can be
/// placed by its UN/LOCODE country when nobody named its sea (see <see cref="SeaArea"/> for the limits used).
/// </summary>
internal static class CoastalStates
{
    private static readonly SeaArea[] OtherWatersOnly = [SeaArea.Other];

    // A state listed with SeaArea.Other also has ports on other waters: its country code alone cannot decide.
    private static readonly Dictionary<string, SeaArea[]> SeasByCountry = new(StringComparer.Ordinal)
    {
        // Baltic only (with the Kattegat, the Sound and the Belts).
        ["EE"] = [SeaArea.Baltic],
        ["FI"] = [SeaArea.Baltic],
        ["LT"] = [SeaArea.Baltic],
        ["LV"] = [SeaArea.Baltic],
        ["PL"] = [SeaArea.Baltic],

        // Baltic and North Sea (Skagerrak); both count, so the country decides. Greenland and the Faroes have codes of their own.
        ["DE"] = [SeaArea.Baltic, SeaArea.NorthSea],
        ["DK"] = [SeaArea.Baltic, SeaArea.NorthSea],
        ["SE"] = [SeaArea.Baltic, SeaArea.NorthSea],

        // North Sea only (with the English Channel); Guernsey and Jersey are Channel Islands with codes of their own.
        ["BE"] = [SeaArea.NorthSea],
        ["GG"] = [SeaArea.NorthSea],
        ["JE"] = [SeaArea.NorthSea],
        ["NL"] = [SeaArea.NorthSea],

        // North Sea and the Atlantic: the Irish Sea and western ports (GB), the Norwegian and Barents Seas (NO).
        ["GB"] = [SeaArea.NorthSea, SeaArea.Other],
        ["NO"] = [SeaArea.NorthSea, SeaArea.Other],

        // North Sea, Atlantic (Bay of Biscay) and Mediterranean.
        ["FR"] = [SeaArea.NorthSea, SeaArea.Mediterranean, SeaArea.Other],

        // Baltic, Black Sea, Arctic and Pacific.
        ["RU"] = [SeaArea.Baltic, SeaArea.BlackSea, SeaArea.Other],

        // Black Sea only (with the Sea of Azov).
        ["BG"] = [SeaArea.BlackSea],
        ["GE"] = [SeaArea.BlackSea],
        ["RO"] = [SeaArea.BlackSea],
        ["UA"] = [SeaArea.BlackSea],

        // Black Sea and Mediterranean (Aegean, Marmara); both count, so the country decides.
        ["TR"] = [SeaArea.BlackSea, SeaArea.Mediterranean],

        // Mediterranean only (with the Adriatic, Ionian and Aegean Seas).
        ["AL"] = [SeaArea.Mediterranean],
        ["BA"] = [SeaArea.Mediterranean],
        ["CY"] = [SeaArea.Mediterranean],
        ["DZ"] = [SeaArea.Mediterranean],
        ["GI"] = [SeaArea.Mediterranean],
        ["GR"] = [SeaArea.Mediterranean],
        ["HR"] = [SeaArea.Mediterranean],
        ["IT"] = [SeaArea.Mediterranean],
        ["LB"] = [SeaArea.Mediterranean],
        ["LY"] = [SeaArea.Mediterranean],
        ["MC"] = [SeaArea.Mediterranean],
        ["ME"] = [SeaArea.Mediterranean],
        ["MT"] = [SeaArea.Mediterranean],
        ["PS"] = [SeaArea.Mediterranean],
        ["SI"] = [SeaArea.Mediterranean],
        ["SY"] = [SeaArea.Mediterranean],
        ["TN"] = [SeaArea.Mediterranean],

        // Mediterranean and the Atlantic (ES, MA) or the Red Sea (EG, IL).
        ["EG"] = [SeaArea.Mediterranean, SeaArea.Other],
        ["ES"] = [SeaArea.Mediterranean, SeaArea.Other],
        ["IL"] = [SeaArea.Mediterranean, SeaArea.Other],
        ["MA"] = [SeaArea.Mediterranean, SeaArea.Other],
    };

    /// <summary>The seas the country's ports lie on; <see cref="SeaArea.Other"/> alone for every state not listed.</summary>
    public static IReadOnlyList<SeaArea> SeasOf(string countryCode) =>
        SeasByCountry.TryGetValue(countryCode, out var seas) ? seas : OtherWatersOnly;
}
