namespace Ics2Port.Domain.CrewLists;

/// <summary>FAL 5 Crew List.</summary>
public sealed record CrewList
{
    public IReadOnlyList<CrewMember>? Crew { get; init; }
}
