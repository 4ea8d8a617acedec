namespace Ics2Port.Functions.Common;

using System.Security.Cryptography;

/// <summary>
/// New resource ids: a prefix and 10 random base32 characters (50 bits), lower case, safe in URLs,
/// blob paths and table keys, and not guessable from one another.
/// </summary>
public static class ResourceIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private const int Length = 10;

    public static string NewPortCallId() => "pc-" + RandomPart();

    public static string NewPermitId() => "pm-" + RandomPart();

    public static string NewSupplyId() => "sp-" + RandomPart();

    public static string NewOutageId() => "out-" + RandomPart();

    private static string RandomPart() => RandomNumberGenerator.GetString(Alphabet, Length);
}
