namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.CrewEffects;

/// <summary>A valid FAL 4 with the master's and one seaman's effects.</summary>
public sealed class CrewEffectsDeclarationBuilder
{
    private CrewEffectsDeclaration declaration = new()
    {
        Entries =
        [
            new CrewEffectsEntry
            {
                FamilyName = "Kalniņš", GivenNames = "Andris", RankOrRating = "MASTER",
                Effects = [new Effect { Description = "Whisky, 1 l", Quantity = 2m }],
            },
            new CrewEffectsEntry
            {
                FamilyName = "Ozols", GivenNames = "Jānis", RankOrRating = "AB",
                Effects = [new Effect { Description = "Cigarettes", Quantity = 200m }, new Effect { Description = "Laptop" }],
            },
        ],
    };

    public CrewEffectsDeclarationBuilder WithEntries(IReadOnlyList<CrewEffectsEntry>? entries) => With(declaration with { Entries = entries });

    /// <summary>Replaces the second entry with a copy changed by <paramref name="change"/>.</summary>
    public CrewEffectsDeclarationBuilder WithSecondEntry(Func<CrewEffectsEntry, CrewEffectsEntry> change) =>
        With(declaration with { Entries = [declaration.Entries![0], change(declaration.Entries[1])] });

    public CrewEffectsDeclaration Build() => declaration;

    private CrewEffectsDeclarationBuilder With(CrewEffectsDeclaration changed)
    {
        declaration = changed;
        return this;
    }
}
