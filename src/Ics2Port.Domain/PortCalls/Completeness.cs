namespace Ics2Port.Domain.PortCalls;

using Ics2Port.Domain.GeneralDeclarations;

/// <summary>Which documents a port call still needs for a direction (FAL-ARR, FAL-DEP, FAL-ALL).</summary>
public static class Completeness
{
    /// <summary>
    /// The required document types not yet in <paramref name="accepted"/>, in reading order. Which of FAL 3,
    /// FAL 5 and FAL 6 are required depends on the accepted FAL 1; without one, only the documents required
    /// whatever it says are listed (FAL 1 itself among them).
    /// </summary>
    public static IReadOnlyList<DocumentType> Missing(Direction direction, GeneralDeclaration? acceptedFal1, IReadOnlySet<DocumentType> accepted) =>
        [.. Required(direction, acceptedFal1).Where(type => !accepted.Contains(type))];

    /// <summary>True when every document the direction requires has been accepted (FAL-ALL).</summary>
    public static bool IsComplete(Direction direction, GeneralDeclaration? acceptedFal1, IReadOnlySet<DocumentType> accepted) =>
        acceptedFal1 is not null && Missing(direction, acceptedFal1, accepted).Count == 0;

    /// <summary>The document types <paramref name="direction"/> requires, given what FAL 1 declares.</summary>
    public static IReadOnlyList<DocumentType> Required(Direction direction, GeneralDeclaration? fal1)
    {
        var passengers = fal1?.NumberOfPassengers > 0;
        return direction switch
        {
            // FAL-ARR: everything but FAL 6, and FAL 6 when passengers are on board.
            Direction.Arrival => DocumentTypes.All.Where(type => type != DocumentType.Fal6 || passengers).ToList(),

            // FAL-DEP: no FAL 4; FAL 3 and FAL 5 only if changed during the stay; FAL 6 when passengers are on board.
            Direction.Departure => DocumentTypes.All.Where(type => type switch
            {
                DocumentType.Fal3 => fal1?.ChangedDuringStay?.Stores == true,
                DocumentType.Fal4 => false,
                DocumentType.Fal5 => fal1?.ChangedDuringStay?.Crew == true,
                DocumentType.Fal6 => passengers,
                _ => true,
            }).ToList(),
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
        };
    }
}
