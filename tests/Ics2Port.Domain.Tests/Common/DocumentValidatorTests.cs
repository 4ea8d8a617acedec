namespace Ics2Port.Domain.Tests.Common;

using Ics2Port.Domain.Common;
using Ics2Port.Domain.CrewLists;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.PassengerLists;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Tests.Builders;

public sealed class DocumentValidatorTests
{
    private static readonly DocumentContext Arrival = new DocumentContextBuilder().Build();

    public static TheoryData<DocumentType, object> ValidDocuments => new()
    {
        { DocumentType.Fal1, new GeneralDeclarationBuilder().Build() },
        { DocumentType.Fal3, new ShipStoresDeclarationBuilder().Build() },
        { DocumentType.Fal4, new CrewEffectsDeclarationBuilder().Build() },
        { DocumentType.Fal5, new CrewList { Crew = [CrewMemberBuilder.Master().Build()] } },
        { DocumentType.Fal6, new PassengerList { Passengers = [new PassengerBuilder().Build()] } },
    };

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void Validate_ValidDocumentOfEachType_ReportsNothing(DocumentType type, object document)
    {
        var report = DocumentValidator.Validate(type, document, Arrival);

        Assert.Empty(report.Errors.Concat(report.Warnings));
    }

    [Fact]
    public void Validate_EmptyManifest_DispatchesToManifestRules()
    {
        var report = DocumentValidator.Validate(DocumentType.Manifest, new CargoManifest(), Arrival);

        Assert.Contains(report.Errors, e => e.Pointer == "/issuer");
    }

    [Fact]
    public void Validate_DocumentOfAnotherType_Throws()
    {
        var crewList = new CrewList();

        var thrown = Assert.Throws<ArgumentException>(() => DocumentValidator.Validate(DocumentType.Fal1, crewList, Arrival));

        Assert.Equal("A fal1 document is a GeneralDeclaration, not a CrewList. (Parameter 'document')", thrown.Message);
    }

    [Fact]
    public void ValidatePortCall_InvalidRequest_ReportsAllFieldsAtOnce()
    {
        var request = new PortCallRequestBuilder().WithImoNumber("9074720").WithPort("RIGA").WithEta(null).Build();

        var report = DocumentValidator.ValidatePortCall(request);

        Assert.Equal(
            [("/vessel/imoNumber", RuleIds.FormatImo), ("/port", RuleIds.FormatUnLocode), ("/eta", RuleIds.Required)],
            report.Errors.Select(e => (e.Pointer, e.Rule)));
    }

    [Fact]
    public void Validate_FindingsOfGeneralDeclaration_NameTheBadValue()
    {
        var fal1 = new GeneralDeclarationBuilder().WithAgent(new PartyBuilder().WithEori("LV123").Build()).Build();

        var report = DocumentValidator.Validate(DocumentType.Fal1, fal1, Arrival);

        Assert.Equal([new Finding("/agent/eori", RuleIds.FormatEori, "EORI 'LV123' is not a valid EORI number.")], report.Errors);
    }

}
