namespace Ics2Port.Domain.Tests.Common;

using FluentValidation;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Parties;
using Ics2Port.Domain.Tests.Builders;

public sealed class RuleBuilderExtensionsTests
{
    private static readonly SampleValidator Validator = new();

    public static TheoryData<Sample, string, string, string> Violations => new()
    {
        { new Sample { Owner = null }, "/owner", RuleIds.PartyRequired, "Owner is required." },
        { new Sample { Owner = new PartyBuilder().WithEmail(null).Build() }, "/owner/email", RuleIds.PartyMin, "Email is required." },
        { new Sample { Name = " " }, "/name", RuleIds.Required, "Name is required." },
        { new Sample { Hs = "7701" }, "/hs", RuleIds.FormatHs, "HS code '7701' is not a valid 4, 6 or 8-digit HS/CN code." },
        { new Sample { Container = "TEXU3070070" }, "/container", RuleIds.FormatContainer, "Container number 'TEXU3070070' is not a valid ISO 6346 container number." },
        { new Sample { Imo = "9074720" }, "/imo", RuleIds.FormatImo, "IMO number '9074720' is not a valid IMO number." },
        { new Sample { Port = "LVRIGA" }, "/port", RuleIds.FormatUnLocode, "Location 'LVRIGA' is not a valid UN/LOCODE." },
        { new Sample { Date = "2026-11-31" }, "/date", RuleIds.FormatDate, "Date '2026-11-31' is not an ISO 8601 date (yyyy-MM-dd)." },
        { new Sample { Kind = "Bulk" }, "/kind", RuleIds.FormatValue, "'Bulk' is not one of bulk, container." },
        { new Sample { Count = -1 }, "/count", RuleIds.FormatValue, "Count must be at least 0, not -1." },
        { new Sample { Tags = [] }, "/tags", RuleIds.Required, "Tags must have at least one entry." },
        { new Sample { Text = "BT\r\n2611" }, "/text", RuleIds.FormatText, "Text holds the control character U+000D at position 2; line breaks, tabs and other control characters are not allowed." },
        { new Sample { Text = "BT\u20282611" }, "/text", RuleIds.FormatText, "Text holds the control character U+2028 at position 2; line breaks, tabs and other control characters are not allowed." },
        { new Sample { Text = "A\u0000" }, "/text", RuleIds.FormatText, "Text holds the control character U+0000 at position 1; line breaks, tabs and other control characters are not allowed." },
        { new Sample { Text = new string('x', 11) }, "/text", RuleIds.FormatText, "Text has 11 characters; at most 10 are allowed." },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Rule_BadValue_ReportsRuleWithMessage(Sample sample, string pointer, string rule, string message)
    {
        var report = ValidationReports.From(Validator.Validate(sample));

        Assert.Equal([new Finding(pointer, rule, message)], report.Errors);
    }

    [Fact]
    public void Rule_OptionalValuesAbsentOrBlank_ReportsNothing()
    {
        var sample = new Sample { Hs = null, Container = "", Imo = " ", Port = null, Date = null, Kind = null, Count = null, Tags = null, Text = null };

        var report = ValidationReports.From(Validator.Validate(sample));

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Rule_GoodValues_ReportsNothing()
    {
        var sample = new Sample { Hs = "4407 10", Container = "CSQU3054383", Imo = "IMO9074729", Port = "LVRIX", Date = "2026-11-23", Kind = "bulk", Count = 0, Tags = ["a"], Text = "Rīga—Ōsaka" };

        var report = ValidationReports.From(Validator.Validate(sample));

        Assert.Empty(report.Errors);
    }

    public sealed record Sample
    {
        public Party? Owner { get; init; } = new PartyBuilder().Build();
        public string? Name { get; init; } = "Sample";
        public string? Hs { get; init; }
        public string? Container { get; init; }
        public string? Imo { get; init; }
        public string? Port { get; init; }
        public string? Date { get; init; }
        public string? Kind { get; init; }
        public int? Count { get; init; }
        public IReadOnlyList<string>? Tags { get; init; }
        public string? Text { get; init; }
    }

    private sealed class SampleValidator : AbstractValidator<Sample>
    {
        public SampleValidator()
        {
            RuleLevelCascadeMode = CascadeMode.Stop;

            RuleFor(x => x.Owner).RequiredParty();
            RuleFor(x => x.Name).Required();
            RuleFor(x => x.Hs).MustBeHsCode();
            RuleFor(x => x.Container).MustBeContainerNumber();
            RuleFor(x => x.Imo).MustBeImoNumber();
            RuleFor(x => x.Port).MustBeUnLocode();
            RuleFor(x => x.Date).MustBeIsoDate();
            RuleFor(x => x.Kind).MustBeOneOf("bulk", "container");
            RuleFor(x => x.Count).MustBeAtLeast(0);
            RuleFor(x => x.Tags).MustNotBeEmpty();
            RuleFor(x => x.Text).FreeText(10);
        }
    }
}
