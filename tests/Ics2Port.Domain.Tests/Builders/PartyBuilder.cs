namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.Parties;

/// <summary>A valid party (PARTY-MIN complete, Latvian EORI); each With… replaces one field.</summary>
public sealed class PartyBuilder
{
    private Party party = new()
    {
        Name = "Baltic Timber SIA",
        Address = "Eksporta iela 1, Riga, LV-1045",
        Country = "LV",
        Eori = "LV40003012345",
        Email = "cargo@baltictimber.lv",
        Phone = "+371 67 123 456",
    };

    public PartyBuilder WithName(string? name) => With(party with { Name = name });

    public PartyBuilder WithAddress(string? address) => With(party with { Address = address });

    public PartyBuilder WithCountry(string? country) => With(party with { Country = country });

    public PartyBuilder WithEori(string? eori) => With(party with { Eori = eori });

    public PartyBuilder WithEmail(string? email) => With(party with { Email = email });

    public PartyBuilder WithPhone(string? phone) => With(party with { Phone = phone });

    public Party Build() => party;

    private PartyBuilder With(Party changed)
    {
        party = changed;
        return this;
    }
}
