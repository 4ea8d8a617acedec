using System.Globalization;

namespace Ics2Port.Functions.Tests;

/// <summary>Valid documents of one port call (BALTIC TRADER into Riga), with the knobs tests turn.</summary>
public static class Samples
{
    public const string Imo = "9074729";
    public const string Port = "LVRIX";

    private const string Party = """{ "name": "Baltship Agency SIA", "address": "Eksporta iela 3, Riga", "country": "LV", "eori": "LV40003012345", "email": "ops@baltship.lv", "phone": "+371 67000000" }""";

    public static string PortCall(string imo = Imo, string port = Port, string voyage = "BT2611") => $$"""
        { "vessel": { "imoNumber": "{{imo}}", "name": "BALTIC TRADER", "callSign": "YLAB", "flag": "LV", "mmsi": "275123000" },
          "port": "{{port}}", "voyageNumber": "{{voyage}}", "eta": "2026-11-23T06:00:00+02:00",
          "etd": "2026-11-24T18:00:00+02:00", "lastPort": "SEGOT", "nextPort": "DEHAM",
          "regularShippingService": false }
        """;

    public static string Fal1(int crew = 3, int passengers = 2, string imo = Imo) => $$"""
        { "shipName": "BALTIC TRADER", "imoNumber": "{{imo}}", "callSign": "YLAB", "flag": "LV", "voyageNumber": "BT2611",
          "port": "LVRIX", "dateTime": "2026-11-23T06:00:00+02:00", "lastPort": "SEGOT", "nextPort": "DEHAM",
          "master": { "familyName": "Ozols", "givenNames": "Janis" }, "agent": {{Party}},
          "grossTonnage": 8450, "netTonnage": 4120, "berth": "RIX-KS-12", "cargoDescription": "Sawn timber in containers",
          "numberOfCrew": {{crew}}, "numberOfPassengers": {{passengers}} }
        """;

    public const string Fal5Header =
        "familyName,givenNames,nationality,dateOfBirth,placeOfBirth,gender,identityDocument.type,identityDocument.number,identityDocument.issuingState,identityDocument.expiryDate,rankOrRating";

    public static string Fal5Csv(int crew = 3, string nationality = "LV")
    {
        var rows = new List<string> { Fal5Header, $"Ozols,Janis,{nationality},1975-04-12,Riga,M,seafarer-id,LV1234567,LV,2030-01-31,MASTER" };
        for (var i = 1; i < crew; i++)
        {
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"Berzina{i},Anna,LV,1990-0{1 + (i % 9)}-15,Liepaja,F,passport,LV765432{i},LV,2031-06-30,AB"));
        }

        return string.Join("\n", rows) + "\n";
    }

    public const string Fal6Header =
        "familyName,givenNames,nationality,dateOfBirth,placeOfBirth,gender,identityDocument.type,identityDocument.number,identityDocument.issuingState,identityDocument.expiryDate,portOfEmbarkation,portOfDisembarkation,transit";

    /// <summary>The passenger list as CSV; <paramref name="secondNationality"/> goes into the second row.</summary>
    public static string Fal6Csv(int passengers = 2, string secondNationality = "LV")
    {
        var rows = new List<string> { Fal6Header };
        for (var i = 1; i <= passengers; i++)
        {
            var nationality = i == 2 ? secondNationality : "LV";
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"Kalnina{i},Liga,{nationality},1988-02-0{1 + (i % 9)},Riga,F,passport,LV99887{i},LV,2030-12-31,SEGOT,LVRIX,false"));
        }

        return string.Join("\n", rows) + "\n";
    }

    public static string Fal6(int passengers = 2)
    {
        var items = Enumerable.Range(1, passengers).Select(i => $$"""
            { "familyName": "Kalnina{{i}}", "givenNames": "Liga", "nationality": "LV", "dateOfBirth": "1988-02-0{{1 + (i % 9)}}",
              "placeOfBirth": "Riga", "gender": "F",
              "identityDocument": { "type": "passport", "number": "LV99887{{i}}", "issuingState": "LV", "expiryDate": "2030-12-31" },
              "portOfEmbarkation": "SEGOT", "portOfDisembarkation": "LVRIX", "transit": false }
            """);
        return $$"""{ "passengers": [ {{string.Join(",", items)}} ] }""";
    }

    public static string Fal3(int quantity = 120) => $$"""
        { "personsOnBoard": 5, "periodOfStayDays": 2,
          "articles": [ { "name": "Diesel oil", "quantity": {{quantity}}, "unit": "t", "locationOnBoard": "Tank 3" },
                        { "name": "Cigarettes", "quantity": 400, "unit": "pcs", "locationOnBoard": "Bonded store" } ] }
        """;

    public const string Fal4 = """
        { "entries": [ { "familyName": "Ozols", "givenNames": "Janis", "rankOrRating": "MASTER",
                         "effects": [ { "description": "Camera", "quantity": 1 } ] } ] }
        """;

    public static string Manifest(string hsCode = "440710") => $$"""
        { "issuer": {{Party}}, "issuerAuthorised": true,
          "consignments": [ { "billOfLading": "BL-2611-001", "portOfLoading": "SEGOT", "portOfDischarge": "LVRIX",
            "consignor": {{Party}}, "consignee": {{Party}}, "goodsStatus": "C", "cargoType": "container",
            "ensMrn": "26LV000210TS001234",
            "items": [ { "description": "Sawn timber, pine", "hsCode": "{{hsCode}}", "packages": { "count": 40, "kind": "PK" },
                         "grossMassKg": 21000, "containerNumber": "CSQU3054383" } ] } ] }
        """;

    public static string Permit(string hsCode = "440710", string? itemBerth = null, string? customsReference = "26LV000210TS001234") => $$"""
        { "operation": "unloading", "port": "LVRIX", "berth": "RIX-KS-12", "berthInFreeZone": false,
          {{(customsReference is null ? string.Empty : $"\"customsReference\": \"{customsReference}\",")}}
          "items": [ { "kind": "goods", "description": "Sawn timber", "hsCode": "{{hsCode}}", "packages": 40, "grossMassKg": 21000,
                       "containerNumber": "CSQU3054383", "consignor": {{Party}}, "consignee": {{Party}} },
                     { "kind": "goods", "description": "Planed boards", "hsCode": "4407", "packages": 10, "grossMassKg": 5000,
                       {{(itemBerth is null ? string.Empty : $"\"berth\": \"{itemBerth}\",")}}
                       "consignor": {{Party}}, "consignee": {{Party}} } ] }
        """;

    /// <summary>
    /// A supply to BALTIC TRADER (flag LV): Union vegetables (line 0), and non-Union marine gas oil (line 1) unless
    /// <paramref name="unionOnly"/>; the ship leaves the customs territory.
    /// </summary>
    public static string Supply(string? declarationReference = null, bool unionOnly = false, string vesselName = "BALTIC TRADER") => $$"""
        { "supplier": { "name": "Baltic Chandlers SIA", "address": "Tvaika iela 7, Riga", "country": "LV", "eori": "LV40003098765",
                        "email": "orders@balticchandlers.lv", "phone": "+371 67111222" },
          "consignee": { "vesselName": "{{vesselName}}", "owningCompany": "Baltic Trader Shipping Ltd" },
          "destinationCode": "QS", "shipLeavesCustomsTerritory": true,
          {{(declarationReference is null ? string.Empty : $"\"declarationReference\": \"{declarationReference}\",")}}
          "lines": [ { "description": "Fresh tomatoes", "cnCode": "0702 00 00", "customsStatus": "union", "kind": "stores",
                       "quantity": 200, "unit": "kg", "valueEur": 400, "netMassKg": 200, "prohibitionsOrRestrictions": false }
                     {{(unionOnly ? string.Empty : "," + FuelLine)}} ] }
        """;

    private const string FuelLine = """
        { "description": "Marine gas oil", "cnCode": "2710 19 43", "customsStatus": "non-union", "kind": "fuel",
          "quantity": 30000, "unit": "kg", "valueEur": 21000, "netMassKg": 30000, "prohibitionsOrRestrictions": false }
        """;

    public const string LoadingProof = """
        { "confirmedBy": { "name": "Janis Ozols", "rank": "Master" }, "loadedAt": "2026-11-24T10:30:00+02:00",
          "lines": [ { "line": 0, "quantity": 200 } ] }
        """;
}
