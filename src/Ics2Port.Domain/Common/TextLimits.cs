namespace Ics2Port.Domain.Common;

/// <summary>
/// The longest free text each kind of field takes (FORMAT-TEXT), after the UN/EDIFACT lengths the port and customs
/// systems use: <c>an..35</c> for references, <c>an..70</c> for names, <c>an..512</c> for descriptions.
/// </summary>
public static class TextLimits
{
    /// <summary>A reference or short code: voyage number, call sign, bill of lading, document number, berth, unit.</summary>
    public const int Reference = 35;

    /// <summary>A name: of a person, a ship, a party, a place, a rank.</summary>
    public const int Name = 70;

    /// <summary>A description or an address.</summary>
    public const int Description = 512;

    /// <summary>Remarks.</summary>
    public const int Remarks = 2000;
}
