namespace Ics2Port.Domain.Tests.PortCalls;

using FluentValidation.TestHelper;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

public sealed class PortCallRequestValidatorTests
{
    private readonly PortCallRequestValidator validator = new();

    [Fact]
    public void Validate_ContractExample_ReportsNothing()
    {
        var request = new PortCallRequestBuilder().Build();

        var result = validator.TestValidate(request);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_OnlyMandatoryFields_ReportsNothing()
    {
        var request = new PortCallRequestBuilder().WithMmsi(null).WithEtd(null).WithLastPort(null).WithNextPort(null)
            .WithRegularShippingService(null).Build();

        var result = validator.TestValidate(request);

        result.ShouldNotHaveAnyValidationErrors();
    }

    public static TheoryData<PortCallRequestBuilder, string, string> Violations => new()
    {
        { new PortCallRequestBuilder().WithVessel(null), "/vessel", RuleIds.Required },
        { new PortCallRequestBuilder().WithImoNumber(null), "/vessel/imoNumber", RuleIds.Required },
        { new PortCallRequestBuilder().WithImoNumber("9074720"), "/vessel/imoNumber", RuleIds.FormatImo },
        { new PortCallRequestBuilder().WithVesselName(""), "/vessel/name", RuleIds.Required },
        { new PortCallRequestBuilder().WithCallSign(null), "/vessel/callSign", RuleIds.Required },
        { new PortCallRequestBuilder().WithFlag("LVA"), "/vessel/flag", RuleIds.FormatCountry },
        { new PortCallRequestBuilder().WithMmsi("27512300"), "/vessel/mmsi", RuleIds.FormatValue },
        { new PortCallRequestBuilder().WithPort(null), "/port", RuleIds.Required },
        { new PortCallRequestBuilder().WithPort("RIGA"), "/port", RuleIds.FormatUnLocode },
        { new PortCallRequestBuilder().WithLastPort("XXGOT"), "/lastPort", RuleIds.FormatUnLocode },
        { new PortCallRequestBuilder().WithNextPort("DEHA"), "/nextPort", RuleIds.FormatUnLocode },
        { new PortCallRequestBuilder().WithVoyageNumber(" "), "/voyageNumber", RuleIds.Required },
        { new PortCallRequestBuilder().WithEta(null), "/eta", RuleIds.Required },
        { new PortCallRequestBuilder().WithEta("2026-11-23T06:00:00"), "/eta", RuleIds.FormatDate },
        { new PortCallRequestBuilder().WithEtd("2026-11-24 18:00"), "/etd", RuleIds.FormatDate },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Validate_BadField_ReportsRuleAtPointer(PortCallRequestBuilder request, string pointer, string rule)
    {
        var report = ValidationReports.From(validator.Validate(request.Build()));

        var finding = Assert.Single(report.Errors);
        Assert.Equal((pointer, rule), (finding.Pointer, finding.Rule));
    }

    [Theory]
    [InlineData("2026-11-23T06:00:00+02:00")]
    [InlineData("2026-11-22T18:00:00+02:00")]
    [InlineData("2026-11-23T05:00:00+01:00")]
    public void Validate_EtdNotAfterEta_ReportsConsistency_CONSISTENCY(string etd)
    {
        var request = new PortCallRequestBuilder().WithEtd(etd).Build();

        var report = DocumentValidator.ValidatePortCall(request);

        Assert.Equal([new Finding("/etd", RuleIds.Consistency, $"ETD {etd} is not after ETA 2026-11-23T06:00:00+02:00.")], report.Errors);
    }

    [Fact]
    public void Validate_EtdAfterEtaInAnotherOffset_ReportsNothing_CONSISTENCY()
    {
        var request = new PortCallRequestBuilder().WithEtd("2026-11-23T05:00:01+01:00").Build();

        var result = validator.TestValidate(request);

        result.ShouldNotHaveValidationErrorFor(x => x.Etd);
    }
}
