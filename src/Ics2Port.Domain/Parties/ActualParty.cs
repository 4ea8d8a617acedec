namespace Ics2Port.Domain.Parties;

/// <summary>The actual consignor or consignee beside the declared one: "data to the extent available" (PARTY-MIN), so every field is optional.</summary>
public sealed record ActualParty
{
    public string? Name { get; init; }
    public string? Address { get; init; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }
    public string? Eori { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
}
