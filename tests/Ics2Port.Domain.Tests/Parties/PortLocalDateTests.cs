namespace Ics2Port.Domain.Tests.Parties;

using FluentValidation.TestHelper;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.CrewLists;
using Ics2Port.Domain.Parties;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

/// <summary>The dates the law compares are dates in the port (Europe/Riga), whatever offset the agent wrote the ETA in.</summary>
public sealed class PortLocalDateTests
{
    // 23:30 UTC on 23 November is 01:30 on 24 November in Riga.
    private static readonly DateTimeOffset LateEveningUtc = new(2026, 11, 23, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Validate_DocumentExpiringTheUtcDayBeforeTheArrivalInRiga_ReportsConsistency_CONSISTENCY()
    {
        var validator = new PersonValidator<CrewMember>(new DocumentContextBuilder().WithEta(LateEveningUtc).Build());
        var member = new CrewMemberBuilder().WithIdentityDocument(new IdentityDocumentBuilder().WithExpiryDate("2026-11-23").Build()).Build();

        var result = validator.TestValidate(member);

        result.ShouldHaveValidationErrorFor(x => x.IdentityDocument!.ExpiryDate).WithErrorCode(RuleIds.Consistency)
            .WithErrorMessage("Identity document expired on 2026-11-23, before the arrival on 2026-11-24.");
    }

    [Fact]
    public void Validate_DocumentExpiringOnTheArrivalDayInRiga_ReportsNothing_CONSISTENCY()
    {
        var validator = new PersonValidator<CrewMember>(new DocumentContextBuilder().WithEta(LateEveningUtc).Build());
        var member = new CrewMemberBuilder().WithIdentityDocument(new IdentityDocumentBuilder().WithExpiryDate("2026-11-24").Build()).Build();

        var result = validator.TestValidate(member);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("2026-11-23T23:30:00+00:00", "2026-11-24")]
    [InlineData("2026-11-24T01:30:00+02:00", "2026-11-24")]
    [InlineData("2026-07-01T21:30:00+00:00", "2026-07-02")]
    [InlineData("2026-07-01T20:59:00+00:00", "2026-07-01")]
    public void LocalDate_AnyOffset_TheDateInRiga(string time, string date)
    {
        var local = PortTime.LocalDate(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), local);
    }
}
