namespace Ics2Port.Bench.Http;

using System.Globalization;
using System.Text;

/// <summary>
/// Valid documents of one arrival in the style of the README's example (BALTIC TRADER into Riga): a port call,
/// its FAL 1 and its FAL 5 crew list, each made distinct by a serial so every PUT stores a new version.
/// </summary>
internal static class SubmissionBodies
{
    public const int Crew = 3;

    private const string Agent = """{ "name": "Baltship Agency SIA", "address": "Eksporta iela 3, Riga", "country": "LV", "eori": "LV40003012345", "email": "ops@baltship.lv", "phone": "+371 67000000" }""";

    public static byte[] PortCall(string voyage, DateTimeOffset eta) => Encoding.UTF8.GetBytes($$"""
        { "vessel": { "imoNumber": "9074729", "name": "BALTIC TRADER", "callSign": "YLAB", "flag": "LV", "mmsi": "275123000" },
          "port": "LVRIX", "voyageNumber": "{{voyage}}", "eta": "{{Iso(eta)}}", "etd": "{{Iso(eta.AddDays(1))}}",
          "lastPort": "SEGOT", "nextPort": "DEHAM", "regularShippingService": false }
        """);

    // The serial sits in the cargo description, so the declaration stays consistent with the crew list.
    public static byte[] GeneralDeclaration(string voyage, DateTimeOffset eta, string serial) => Encoding.UTF8.GetBytes($$"""
        { "shipName": "BALTIC TRADER", "imoNumber": "9074729", "callSign": "YLAB", "flag": "LV", "voyageNumber": "{{voyage}}",
          "port": "LVRIX", "dateTime": "{{Iso(eta)}}", "lastPort": "SEGOT", "nextPort": "DEHAM",
          "master": { "familyName": "Ozols", "givenNames": "Janis" }, "agent": {{Agent}},
          "grossTonnage": 8450, "netTonnage": 4120, "berth": "RIX-KS-12", "cargoDescription": "Sawn timber in containers, lot {{serial}}",
          "numberOfCrew": {{Crew}}, "numberOfPassengers": 0 }
        """);

    // The serial is the master's seafarer document number: a corrected crew list, as agents send them.
    public static byte[] CrewList(string serial)
    {
        var members = Enumerable.Range(0, Crew).Select(i => $$"""
            { "familyName": "{{(i == 0 ? "Ozols" : string.Create(CultureInfo.InvariantCulture, $"Berzina{i}"))}}", "givenNames": "{{(i == 0 ? "Janis" : "Anna")}}",
              "nationality": "LV", "dateOfBirth": "19{{70 + i}}-04-12", "placeOfBirth": "Riga", "gender": "{{(i == 0 ? "M" : "F")}}",
              "identityDocument": { "type": "seafarer-id", "number": "{{(i == 0 ? "LV" + serial : string.Create(CultureInfo.InvariantCulture, $"LV765432{i}"))}}", "issuingState": "LV", "expiryDate": "2031-06-30" },
              "rankOrRating": "{{(i == 0 ? "MASTER" : "AB")}}" }
            """);
        return Encoding.UTF8.GetBytes($$"""{ "crew": [ {{string.Join(", ", members)}} ] }""");
    }

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
