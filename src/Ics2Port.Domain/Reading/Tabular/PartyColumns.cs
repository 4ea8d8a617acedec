namespace Ics2Port.Domain.Reading.Tabular;

using Ics2Port.Domain.Parties;

/// <summary>The six columns of one party, such as <c>consignee.name</c> … <c>consignee.phone</c>.</summary>
internal sealed class PartyColumns(string prefix)
{
    public string Name { get; } = prefix + ".name";
    public string Address { get; } = prefix + ".address";
    public string Country { get; } = prefix + ".country";
    public string Eori { get; } = prefix + ".eori";
    public string Email { get; } = prefix + ".email";
    public string Phone { get; } = prefix + ".phone";

    public IReadOnlyList<string> All => [Name, Address, Country, Eori, Email, Phone];

    /// <summary>The party of the values, or null when none of its columns has one.</summary>
    public Party? Read(Func<string, string?> value)
    {
        var party = new Party
        {
            Name = value(Name),
            Address = value(Address),
            Country = value(Country),
            Eori = value(Eori),
            Email = value(Email),
            Phone = value(Phone),
        };
        return party == Empty ? null : party;
    }

    private static readonly Party Empty = new();
}
