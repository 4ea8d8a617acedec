namespace Ics2Port.Domain.CrewEffects;

/// <summary>FAL 4 Crew's Effects Declaration.</summary>
public sealed record CrewEffectsDeclaration
{
    public IReadOnlyList<CrewEffectsEntry>? Entries { get; init; }
}
