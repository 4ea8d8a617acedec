namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.Parties;
using Ics2Port.Domain.PassengerLists;

/// <summary>A valid passenger from Gothenburg to Riga, not in transit.</summary>
public sealed class PassengerBuilder
{
    private Passenger passenger = new()
    {
        FamilyName = "Lindqvist",
        GivenNames = "Anna",
        Nationality = "SE",
        DateOfBirth = "1990-07-02",
        PlaceOfBirth = "Göteborg",
        Gender = "F",
        IdentityDocument = new IdentityDocumentBuilder().WithNumber("SE8812345").WithIssuingState("SE").Build(),
        PortOfEmbarkation = "SEGOT",
        PortOfDisembarkation = "LVRIX",
        Transit = false,
    };

    public PassengerBuilder WithFamilyName(string? familyName) => With(passenger with { FamilyName = familyName });

    public PassengerBuilder WithNationality(string? nationality) => With(passenger with { Nationality = nationality });

    public PassengerBuilder WithIdentityDocument(IdentityDocument? identityDocument) => With(passenger with { IdentityDocument = identityDocument });

    public PassengerBuilder WithPortOfEmbarkation(string? port) => With(passenger with { PortOfEmbarkation = port });

    public PassengerBuilder WithPortOfDisembarkation(string? port) => With(passenger with { PortOfDisembarkation = port });

    public PassengerBuilder WithTransit(bool? transit) => With(passenger with { Transit = transit });

    public PassengerBuilder WithVisaNumber(string? visaNumber) => With(passenger with { VisaNumber = visaNumber });

    public Passenger Build() => passenger;

    private PassengerBuilder With(Passenger changed)
    {
        passenger = changed;
        return this;
    }
}
