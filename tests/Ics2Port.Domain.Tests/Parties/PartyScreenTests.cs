namespace Ics2Port.Domain.Tests.Parties;

using Ics2Port.Domain.Parties;
using Ics2Port.Domain.Tests.Builders;

/// <summary>
/// A party the screen calls clean is not validated field by field; the screen must agree with the rules for every
/// field with values that pass and fail.
/// </summary>
public sealed class PartyScreenTests
{
    private static readonly string?[] Texts = [null, "", "  ", "Baltic Timber SIA", "line\nbreak", "sep\u2029", new string('x', 70), new string('x', 71), new string('x', 512), new string('x', 513)];
    private static readonly string?[] Countries = [null, "", " ", "LV", "lv", "XX", "LVA", "DE"];
    private static readonly string?[] Eoris = [null, "", " ", "LV40003012345", "LV4000301234", "DE123456789012345", "DE1234567890123456", "XX123", "lv40003012345"];
    private static readonly string?[] Emails = [null, "", " ", "cargo@baltictimber.lv", "cargo@", "cargo baltic@timber.lv", "a@b", "a@@b.lv"];
    private static readonly string?[] Phones = [null, "", " ", "+371 67 123 456", "+371-67-123-456", "12345", "+1234567890123456", "phone", "67123456"];

    [Fact]
    public void IsClean_EveryFieldVaried_AgreesWithTheRules()
    {
        var clean = 0;
        foreach (var party in Variants())
        {
            var ruled = PartyValidator.Instance.Validate(party);

            Assert.True(PartyValidator.IsClean(party) == ruled.IsValid, $"IsClean {PartyValidator.IsClean(party)} but the rules found {ruled.Errors.Count} for {party}.");
            clean += ruled.IsValid ? 1 : 0;
        }

        Assert.True(clean >= 10, $"Only {clean} parties were clean; the variants try too little.");
    }

    [Fact]
    public void Rules_AreTheOnesTheScreenKnows()
    {
        // IsClean repeats each rule of PartyValidator; a rule added there must be added to IsClean too.
        var rules = PartyValidator.Instance.CreateDescriptor().GetMembersWithValidators().Select(member => $"{member.Key}: {member.Count()}");

        Assert.Equal(["Name: 2", "Address: 2", "Country: 2", "Eori: 1", "Email: 2", "Phone: 2"], rules);
    }

    private static IEnumerable<Party> Variants()
    {
        var complete = new PartyBuilder().Build();
        yield return complete;
        foreach (var text in Texts)
        {
            yield return complete with { Name = text };
            yield return complete with { Address = text };
        }

        foreach (var country in Countries)
        {
            yield return complete with { Country = country };
        }

        foreach (var eori in Eoris)
        {
            yield return complete with { Eori = eori };
        }

        foreach (var email in Emails)
        {
            yield return complete with { Email = email };
        }

        foreach (var phone in Phones)
        {
            yield return complete with { Phone = phone };
        }
    }
}
