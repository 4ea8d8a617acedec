namespace Ics2Port.Domain.Parties;

/// <summary>A person's travel or seafarer's document.</summary>
public sealed record IdentityDocument
{
    /// <summary><c>passport</c>, <c>seafarer-id</c> or <c>other</c>.</summary>
    public string? Type { get; init; }
    public string? Number { get; init; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? IssuingState { get; init; }
    /// <summary>ISO 8601 date (yyyy-MM-dd).</summary>
    public string? ExpiryDate { get; init; }
}
