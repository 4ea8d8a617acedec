namespace Ics2Port.Domain.Codes;

/// <summary>The Member States of the European Union by ISO 3166-1 alpha-2 code: a ship under one of their flags is a Union ship.</summary>
public static class UnionMemberStates
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    };

    /// <summary>True for a Member State's code.</summary>
    public static bool Contains(string? countryCode) => countryCode is not null && Codes.Contains(countryCode);
}
