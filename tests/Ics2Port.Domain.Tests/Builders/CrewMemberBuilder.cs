namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.CrewLists;
using Ics2Port.Domain.Parties;

/// <summary>A valid able seaman; <see cref="Master"/> starts from the master.</summary>
public sealed class CrewMemberBuilder
{
    private CrewMember member = new()
    {
        FamilyName = "Ozols",
        GivenNames = "Jānis",
        Nationality = "LV",
        DateOfBirth = "1985-04-12",
        PlaceOfBirth = "Ventspils",
        Gender = "M",
        IdentityDocument = new IdentityDocumentBuilder().WithType("seafarer-id").Build(),
        RankOrRating = "AB",
    };

    public static CrewMemberBuilder Master() =>
        new CrewMemberBuilder().WithFamilyName("Kalniņš").WithGivenNames("Andris").WithRankOrRating("MASTER");

    public CrewMemberBuilder WithFamilyName(string? familyName) => With(member with { FamilyName = familyName });

    public CrewMemberBuilder WithGivenNames(string? givenNames) => With(member with { GivenNames = givenNames });

    public CrewMemberBuilder WithNationality(string? nationality) => With(member with { Nationality = nationality });

    public CrewMemberBuilder WithDateOfBirth(string? dateOfBirth) => With(member with { DateOfBirth = dateOfBirth });

    public CrewMemberBuilder WithPlaceOfBirth(string? placeOfBirth) => With(member with { PlaceOfBirth = placeOfBirth });

    public CrewMemberBuilder WithGender(string? gender) => With(member with { Gender = gender });

    public CrewMemberBuilder WithIdentityDocument(IdentityDocument? identityDocument) => With(member with { IdentityDocument = identityDocument });

    public CrewMemberBuilder WithRankOrRating(string? rankOrRating) => With(member with { RankOrRating = rankOrRating });

    public CrewMember Build() => member;

    private CrewMemberBuilder With(CrewMember changed)
    {
        member = changed;
        return this;
    }
}
