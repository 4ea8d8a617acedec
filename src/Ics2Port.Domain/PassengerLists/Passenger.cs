namespace Ics2Port.Domain.PassengerLists;

using Ics2Port.Domain.Parties;

/// <summary>One row of FAL 6.</summary>
public sealed record Passenger : IPerson
{
    public string? FamilyName { get; init; }
    public string? GivenNames { get; init; }
    public string? Nationality { get; init; }
    public string? DateOfBirth { get; init; }
    public string? PlaceOfBirth { get; init; }
    public string? Gender { get; init; }
    public IdentityDocument? IdentityDocument { get; init; }
    public string? PortOfEmbarkation { get; init; }
    public string? PortOfDisembarkation { get; init; }
    public bool? Transit { get; init; }
    public string? VisaNumber { get; init; }
}
