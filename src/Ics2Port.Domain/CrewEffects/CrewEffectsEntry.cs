namespace Ics2Port.Domain.CrewEffects;

/// <summary>One crew member's declared effects.</summary>
public sealed record CrewEffectsEntry
{
    public string? FamilyName { get; init; }
    public string? GivenNames { get; init; }
    public string? RankOrRating { get; init; }
    public IReadOnlyList<Effect>? Effects { get; init; }
}
