namespace Ics2Port.Domain.CrewLists;

using Ics2Port.Domain.Parties;

/// <summary>One row of FAL 5.</summary>
public sealed record CrewMember : IPerson
{
    public string? FamilyName { get; init; }
    public string? GivenNames { get; init; }
    public string? Nationality { get; init; }
    public string? DateOfBirth { get; init; }
    public string? PlaceOfBirth { get; init; }
    public string? Gender { get; init; }
    public IdentityDocument? IdentityDocument { get; init; }
    /// <summary>Exactly one member of the list is <c>MASTER</c>.</summary>
    public string? RankOrRating { get; init; }
}
