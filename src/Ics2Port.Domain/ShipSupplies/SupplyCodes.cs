namespace Ics2Port.Domain.ShipSupplies;

/// <summary>The coded values of a ship supply (seed 002).</summary>
public static class SupplyCodes
{
    public const string Union = "union";
    public const string NonUnion = "non-union";

    public const string Stores = "stores";
    public const string SpareParts = "spare-parts";
    public const string Equipment = "equipment";
    public const string Fuel = "fuel";

    public const string FromShip = "ship";
    public const string FromFreeZone = "free-zone";
    public const string FromTemporaryStorage = "temporary-storage";

    /// <summary>Simplified CN code for goods of CN chapters 1–24 consumed on board (SUP-CN-SIMPLE).</summary>
    public const string SimplifiedFood = "99302400";

    /// <summary>Simplified CN code for goods of CN chapter 27 consumed on board (SUP-CN-SIMPLE).</summary>
    public const string SimplifiedFuel = "99302700";

    /// <summary>Simplified CN code for other goods consumed on board (SUP-CN-SIMPLE).</summary>
    public const string SimplifiedOther = "99309900";

    public static readonly string[] Statuses = [Union, NonUnion];
    public static readonly string[] Kinds = [Stores, SpareParts, Equipment, Fuel];
    public static readonly string[] Origins = [FromShip, FromFreeZone, FromTemporaryStorage];

    /// <summary>Box 17a destination codes and the declaration type of box 1a they call for (SUP-DEST-CODE).</summary>
    public static readonly IReadOnlyDictionary<string, string> DeclarationTypeByDestination = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["QQ"] = "CO",
        ["QR"] = "CO",
        ["QS"] = "EX",
        ["QV"] = "EX",
    };

    /// <summary>The code's digits without the spaces or dots it is often printed with (<c>9930 24 00</c>).</summary>
    public static string Digits(string code) => string.Concat(code.Where(c => c is not (' ' or '.')));

    /// <summary>True for the three simplified codes of SUP-CN-SIMPLE, printed with or without spaces.</summary>
    public static bool IsSimplified(string? cnCode) =>
        cnCode is not null && Digits(cnCode) is SimplifiedFood or SimplifiedFuel or SimplifiedOther;

    /// <summary>Whether a simplified code fits goods of <paramref name="chapter"/>: 1–24, 27, or any other chapter.</summary>
    public static bool FitsChapter(string simplifiedCode, int chapter) => Digits(simplifiedCode) switch
    {
        SimplifiedFood => chapter is >= 1 and <= 24,
        SimplifiedFuel => chapter == 27,
        SimplifiedOther => chapter is > 24 and not 27,
        _ => false,
    };

    /// <summary>Goods consumed on board (stores, fuel), as opposed to equipment and spare parts that stay with the ship.</summary>
    public static bool IsConsumedOnBoard(string? kind) => kind is Stores or Fuel;
}
