namespace Ics2Port.Domain.CrewEffects;

/// <summary>One declared article of a crew member's effects.</summary>
public sealed record Effect
{
    public string? Description { get; init; }
    public decimal? Quantity { get; init; }
}
