namespace Ics2Port.Domain.Parties;

/// <summary>A consignor, consignee, issuer or agent with the minimum data of PARTY-MIN.</summary>
public sealed record Party
{
    public string? Name { get; init; }
    public string? Address { get; init; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }
    /// <summary>Optional: "EORI number if available" (PARTY-MIN).</summary>
    public string? Eori { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
}
