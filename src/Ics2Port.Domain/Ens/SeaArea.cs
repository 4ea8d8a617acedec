namespace Ics2Port.Domain.Ens;

/// <summary>
/// The sea a port lies on, as far as ENS-SEA-SHORT (Annex I art. 7(1)(c)(4) of seed 004) cares: the four
/// named seas, or any other water.
/// </summary>
/// <remarks>
/// The law does not draw the seas' limits. We read the North Sea as OSPAR's "Greater North Sea"
/// (with the English Channel and the Skagerrak), the Baltic as HELCOM's area (with the Kattegat, the Sound
/// and the Belts), the Black Sea with the Sea of Azov, and the Mediterranean with the Adriatic, Aegean and
/// Ionian Seas and the Sea of Marmara. A caller who knows better gives the area explicitly.
/// </remarks>
public enum SeaArea
{
    /// <summary>The Baltic Sea with the Kattegat, the Sound and the Belts.</summary>
    Baltic,

    /// <summary>The North Sea with the English Channel and the Skagerrak.</summary>
    NorthSea,

    /// <summary>The Black Sea with the Sea of Azov.</summary>
    BlackSea,

    /// <summary>The Mediterranean with its marginal seas and the Sea of Marmara.</summary>
    Mediterranean,

    /// <summary>Any other sea or ocean (Atlantic, Arctic, Red Sea, Pacific…).</summary>
    Other,
}
