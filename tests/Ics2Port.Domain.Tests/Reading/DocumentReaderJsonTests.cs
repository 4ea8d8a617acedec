namespace Ics2Port.Domain.Tests.Reading;

using System.Text;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.CrewEffects;
using Ics2Port.Domain.CrewLists;
using Ics2Port.Domain.GeneralDeclarations;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.PassengerLists;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Domain.ShipStores;

public sealed class DocumentReaderJsonTests
{
    [Fact]
    public void Read_Fal1_GivesGeneralDeclaration()
    {
        var json = """
            { "shipName": "BALTIC TRADER", "imoNumber": "9074729", "grossTonnage": 5012.5, "numberOfCrew": 14,
              "master": { "familyName": "Ozols", "givenNames": "Janis" }, "agent": { "name": "Baltship", "country": "LV" },
              "changedDuringStay": { "stores": false, "crew": true } }
            """;

        var result = DocumentReader.Read(DocumentType.Fal1, DocumentFormat.Json, Utf8Bytes.Of(json));

        var declaration = Assert.IsType<GeneralDeclaration>(result.Document);
        Assert.Empty(result.Errors);
        Assert.Equal(("BALTIC TRADER", "9074729", 5012.5m, 14), (declaration.ShipName, declaration.ImoNumber, declaration.GrossTonnage, declaration.NumberOfCrew));
        Assert.Equal(("Ozols", "LV", true), (declaration.Master?.FamilyName, declaration.Agent?.Country, declaration.ChangedDuringStay?.Crew));
        Assert.Null(result.RowCount);
    }

    [Fact]
    public void Read_Manifest_GivesCargoManifest()
    {
        var json = """
            { "issuer": { "name": "Baltic Lines" }, "issuerAuthorised": true,
              "customsEndorsement": { "office": "SE000001", "reference": "R-1", "date": "2026-11-20" },
              "consignments": [ { "billOfLading": "BL1", "goodsStatus": "C", "cargoType": "container",
                "items": [ { "hsCode": "4407", "packages": { "count": 40, "kind": "PK" }, "grossMassKg": 21000.5 } ] } ] }
            """;

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Json, Utf8Bytes.Of(json));

        var manifest = Assert.IsType<CargoManifest>(result.Document);
        var consignment = Assert.Single(manifest.Consignments!);
        var item = Assert.Single(consignment.Items!);
        Assert.Equal((true, "SE000001", "BL1", "C"), (manifest.IssuerAuthorised, manifest.CustomsEndorsement?.Office, consignment.BillOfLading, consignment.GoodsStatus));
        Assert.Equal(("4407", 40, "PK", 21000.5m), (item.HsCode, item.Packages?.Count, item.Packages?.Kind, item.GrossMassKg));
    }

    [Fact]
    public void Read_Fal3_GivesShipStoresDeclaration()
    {
        var json = """{ "personsOnBoard": 16, "articles": [ { "name": "Diesel", "quantity": 12.5, "unit": "t", "locationOnBoard": "Tank 2" } ] }""";

        var result = DocumentReader.Read(DocumentType.Fal3, DocumentFormat.Json, Utf8Bytes.Of(json));

        var declaration = Assert.IsType<ShipStoresDeclaration>(result.Document);
        var article = Assert.Single(declaration.Articles!);
        Assert.Equal((16, "Diesel", 12.5m, "Tank 2"), (declaration.PersonsOnBoard, article.Name, article.Quantity, article.LocationOnBoard));
    }

    [Fact]
    public void Read_Fal4_GivesCrewEffectsDeclaration()
    {
        var json = """{ "entries": [ { "familyName": "Berzins", "rankOrRating": "AB", "effects": [ { "description": "Cigarettes", "quantity": 200 } ] } ] }""";

        var result = DocumentReader.Read(DocumentType.Fal4, DocumentFormat.Json, Utf8Bytes.Of(json));

        var declaration = Assert.IsType<CrewEffectsDeclaration>(result.Document);
        var entry = Assert.Single(declaration.Entries!);
        Assert.Equal(("Berzins", "Cigarettes", 200m), (entry.FamilyName, entry.Effects![0].Description, entry.Effects[0].Quantity));
    }

    [Fact]
    public void Read_Fal5_GivesCrewList()
    {
        var json = """{ "crew": [ { "familyName": "Ozols", "rankOrRating": "MASTER", "identityDocument": { "type": "passport", "number": "LV1234567" } } ] }""";

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Json, Utf8Bytes.Of(json));

        var crew = Assert.Single(Assert.IsType<CrewList>(result.Document).Crew!);
        Assert.Equal(("Ozols", "MASTER", "LV1234567"), (crew.FamilyName, crew.RankOrRating, crew.IdentityDocument?.Number));
    }

    [Fact]
    public void Read_Fal6_GivesPassengerList()
    {
        var json = """{ "passengers": [ { "familyName": "Kalnina", "portOfEmbarkation": "SEGOT", "transit": false, "visaNumber": null } ] }""";

        var result = DocumentReader.Read(DocumentType.Fal6, DocumentFormat.Json, Utf8Bytes.Of(json));

        var passenger = Assert.Single(Assert.IsType<PassengerList>(result.Document).Passengers!);
        Assert.Equal(("Kalnina", "SEGOT", false, null), (passenger.FamilyName, passenger.PortOfEmbarkation, passenger.Transit, passenger.VisaNumber));
    }

    [Fact]
    public void ReadPermit_Application_GivesPermitApplication()
    {
        var json = """
            { "operation": "unloading", "port": "LVRIX", "berth": "RIX-KS-12", "berthInFreeZone": false,
              "items": [ { "description": "Sawn timber", "hsCode": "4407", "packages": 40, "grossMassKg": 21000,
                           "consignee": { "eori": "LV40003000001" } } ] }
            """;

        var result = DocumentReader.ReadPermit(Utf8Bytes.Of(json));

        var item = Assert.Single(result.Document!.Items!);
        Assert.Equal(("unloading", false, 40, 21000m, "LV40003000001"), (result.Document.Operation, result.Document.BerthInFreeZone, item.Packages, item.GrossMassKg, item.Consignee?.Eori));
        Assert.Same(SourceMap.Identity, result.SourceMap);
    }

    [Fact]
    public void ReadPortCall_Announcement_GivesPortCallRequest()
    {
        var json = """
            { "vessel": { "imoNumber": "9074729", "name": "BALTIC TRADER", "mmsi": "275123000" }, "port": "LVRIX",
              "eta": "2026-11-23T06:00:00+02:00", "regularShippingService": false }
            """;

        var result = DocumentReader.ReadPortCall(Utf8Bytes.Of(json));

        Assert.Empty(result.Errors);
        Assert.Equal(("9074729", "275123000", "LVRIX", "2026-11-23T06:00:00+02:00", false), (result.Document!.Vessel?.ImoNumber, result.Document.Vessel?.Mmsi, result.Document.Port, result.Document.Eta, result.Document.RegularShippingService));
    }

    [Fact]
    public void Read_ByteOrderMarkAndUnknownFields_AreTolerated()
    {
        var json = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("""{ "crew": [ { "familyName": "Ozols", "shoeSize": 44 } ], "note": {} }""")).ToArray();

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Json, json);

        Assert.Equal("Ozols", Assert.Single(Assert.IsType<CrewList>(result.Document).Crew!).FamilyName);
    }

    [Fact]
    public void Read_StringWhereNumberExpected_FormatJsonAtValue()
    {
        var json = """{ "consignments": [ { "items": [ { "grossMassKg": 1 } ] }, {}, { "items": [ {}, { "grossMassKg": "21000" } ] } ] }""";

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Json, Utf8Bytes.Of(json));

        var error = ReadingAssert.SingleError(result);
        Assert.Equal(("/consignments/2/items/1/grossMassKg", RuleIds.FormatJson), (error.Pointer, error.Rule));
        Assert.Equal("Expected a number; the value ends at line 1, byte 104.", error.Message);
    }

    [Theory]
    [InlineData("""{ "crew": {} }""", "/crew", "Expected an array")]
    [InlineData("""{ "crew": [ "Ozols" ] }""", "/crew/0", "Expected an object")]
    [InlineData("""{ "crew": [ { "identityDocument": { "number": 123 } } ] }""", "/crew/0/identityDocument/number", "Expected a string")]
    [InlineData("""{ "Crew": [ { "FamilyName": false } ] }""", "/Crew/0/FamilyName", "Expected a string")]
    [InlineData("[]", "", "Expected an object")]
    public void Read_WrongTokenType_FormatJsonWithExpectedType(string json, string pointer, string message)
    {
        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Json, Utf8Bytes.Of(json));

        var error = ReadingAssert.SingleError(result);
        Assert.Equal((pointer, RuleIds.FormatJson), (error.Pointer, error.Rule));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "numberOfCrew": 14.5 }""", "/numberOfCrew", "14.5 is not a whole number from -2147483648 to 2147483647.")]
    [InlineData("""{ "numberOfCrew": 99999999999 }""", "/numberOfCrew", "99999999999 is not a whole number from -2147483648 to 2147483647.")]
    [InlineData("""{ "grossTonnage": 1e40 }""", "/grossTonnage", "1e40 is out of range: a number may be at most 79228162514264337593543950335 in size.")]
    public void Read_NumberTheFieldCannotHold_FormatValueAtTheField(string json, string pointer, string message)
    {
        var result = DocumentReader.Read(DocumentType.Fal1, DocumentFormat.Json, Utf8Bytes.Of(json));

        var error = ReadingAssert.SingleError(result);
        Assert.Equal((pointer, RuleIds.FormatValue, message), (error.Pointer, error.Rule, error.Message));
    }

    [Theory]
    [InlineData("""{ "changedDuringStay": { "crew": "yes" } }""", "/changedDuringStay/crew", "Expected true or false")]
    [InlineData("""{ "grossTonnage": "5012" }""", "/grossTonnage", "Expected a number")]
    public void Read_ValueOfWrongKind_FormatJsonWithExpectedType(string json, string pointer, string message)
    {
        var result = DocumentReader.Read(DocumentType.Fal1, DocumentFormat.Json, Utf8Bytes.Of(json));

        var error = ReadingAssert.SingleError(result);
        Assert.Equal((pointer, RuleIds.FormatJson), (error.Pointer, error.Rule));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SyntaxError_FormatJsonWithLineAndReason()
    {
        var json = "{ \"crew\": [\n  { \"familyName\": \"Ozols\" },\n  { \"familyName\": }\n] }";

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Json, Utf8Bytes.Of(json));

        var error = ReadingAssert.SingleError(result);
        Assert.Equal(("/crew/1/familyName", RuleIds.FormatJson), (error.Pointer, error.Rule));
        Assert.Equal("Invalid JSON at line 3, byte 19: '}' is an invalid start of a value.", error.Message);
    }

    [Theory]
    [InlineData("""{ "crew": [ { "familyName": "Ozols", } ] }""")]
    [InlineData("""{ "crew": [] /* none */ }""")]
    [InlineData("""{ "crew": [] } { }""")]
    [InlineData("""{ "crew": [ """)]
    [InlineData("""{ "crew": [], "crew": [] }""")]
    [InlineData("""{ 'crew': [] }""")]
    public void Read_NotStrictJson_FormatJson(string json)
    {
        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Json, Utf8Bytes.Of(json));

        Assert.Equal(RuleIds.FormatJson, ReadingAssert.SingleError(result).Rule);
    }

    [Fact]
    public void Read_NestedDeeperThan32_FormatJson()
    {
        var json = """{ "crew": [ { "note": """ + new string('[', 40) + new string(']', 40) + " } ] }";

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Json, Utf8Bytes.Of(json));

        Assert.Contains("maximum configured depth of 32", ReadingAssert.SingleError(result).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n ")]
    [InlineData("null")]
    public void Read_NoObject_FormatJsonAtRoot(string json)
    {
        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Json, Utf8Bytes.Of(json));

        var error = ReadingAssert.SingleError(result);
        Assert.Equal(("", RuleIds.FormatJson), (error.Pointer, error.Rule));
    }

    [Fact]
    public void Read_NullListElements_FormatJsonAtEachElement()
    {
        var json = """{ "consignments": [ { "items": [ {}, null ] }, null ] }""";

        var result = DocumentReader.Read(DocumentType.Manifest, DocumentFormat.Json, Utf8Bytes.Of(json));

        Assert.Equal(["/consignments/0/items/1", "/consignments/1"], result.Errors.Select(error => error.Pointer));
        Assert.Null(result.Document);
    }

    [Fact]
    public void Read_InvalidUtf8_FormatJsonWithLine()
    {
        var json = Encoding.UTF8.GetBytes("{ \"crew\": [\n { \"familyName\": \"O").Concat(new byte[] { 0xC0, 0xAF }).Concat(Encoding.UTF8.GetBytes("zols\" } ] }")).ToArray();

        var result = DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Json, json);

        Assert.Equal("The body is not UTF-8 text (line 2).", ReadingAssert.SingleError(result).Message);
    }

    [Fact]
    public void Read_CsvForGeneralDeclaration_Throws()
    {
        var read = () => DocumentReader.Read(DocumentType.Fal1, DocumentFormat.Csv, Utf8Bytes.Lines("shipName"));

        Assert.Throws<ArgumentException>(read);
    }
}
