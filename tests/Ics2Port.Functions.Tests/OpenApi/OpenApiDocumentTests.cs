using System.Text.Json.Nodes;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Functions.Tests.Packaging;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.OpenApi;

[Collection("azurite")]
public sealed class OpenApiDocumentTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestApp _app = null!;
    private JsonObject _document = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("openapi"));
        using var response = await _app.Client(apiKey: null).GetAsync("/api/openapi.json");
        _document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void Document_SpectralOasRules_NoProblemAtAnySeverity()
    {
        var work = Directory.CreateTempSubdirectory("ics2port-spectral-");
        try
        {
            var document = Path.Combine(work.FullName, "openapi.json");
            var ruleset = Path.Combine(work.FullName, ".spectral.yaml");
            var results = Path.Combine(work.FullName, "results.json");
            File.WriteAllText(document, _document.ToJsonString());
            File.WriteAllText(ruleset, "extends: [\"spectral:oas\"]\n");

            var run = ToolProcess.Run(Spectral(), ["lint", document, "--ruleset", ruleset, "--fail-severity", "hint", "--format", "json", "--output", results], work.FullName, TimeSpan.FromMinutes(2));

            var found = JsonNode.Parse(File.ReadAllText(results))!.AsArray()
                .Select(result => $"{result!["severity"]} {result["code"]} at {string.Join('.', result["path"]!.AsArray())}: {result["message"]}");
            Assert.True(run.ExitCode == 0 && !found.Any(), $"Spectral (exit {run.ExitCode}): {string.Join(Environment.NewLine, found)}{run.Error}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("Party", "name", 70)]
    [InlineData("Party", "address", 512)]
    [InlineData("CrewMember", "familyName", 70)]
    [InlineData("ManifestItem", "description", 512)]
    [InlineData("IdentityDocument", "number", 35)]
    public void Document_FreeTextField_CarriesTheLimitTheValidatorChecks(string record, string field, int maxLength)
    {
        var property = _document["components"]!["schemas"]![record]!["properties"]![field]!;

        Assert.Equal(maxLength, property["maxLength"]!.GetValue<int>());
    }

    [Fact]
    public void Document_EveryFreeTextTheValidatorsCheck_PublishedWithItsLimit()
    {
        var schemas = _document["components"]!["schemas"]!.AsObject();
        var missing = (
            from record in Ics2Port.Domain.Common.FreeTextLimits.ByRecord
            where schemas.ContainsKey(record.Key.Name)
            from field in record.Value
            where FieldOf(schemas, record.Key.Name, field.Key)?["maxLength"]?.GetValue<int>() != field.Value
            select $"{record.Key.Name}.{field.Key} ({field.Value})").ToList();

        Assert.NotEmpty(Ics2Port.Domain.Common.FreeTextLimits.ByRecord);
        Assert.Empty(missing);
    }

    // Follows a dotted C# path through properties and $refs (a nullable object is a oneOf of null and the reference).
    private static JsonNode? FieldOf(JsonObject schemas, string record, string path)
    {
        JsonNode? schema = schemas[record];
        var names = path.Split('.').Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName).ToList();
        foreach (var name in names)
        {
            if (schema?["properties"]?[name] is not { } property)
            {
                return null;
            }

            schema = name == names[^1] ? property : Target(property);
        }

        return schema;

        JsonNode? Target(JsonNode property) =>
            property["$ref"]?.GetValue<string>() is { } reference ? schemas[reference.Split('/')[^1]]
            : property["oneOf"] is JsonArray oneOf ? oneOf.Select(choice => choice!["$ref"]?.GetValue<string>()).OfType<string>().Select(reference => schemas[reference.Split('/')[^1]]).FirstOrDefault()
            : property;
    }

    [Fact]
    public async Task Document_RequestWithAnotherHost_ServerIsTheRoutePrefixStill()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/openapi.json");
        request.Headers.Host = "attacker.example";

        using var response = await _app.Client(apiKey: null).SendAsync(request);

        var servers = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["servers"]!.AsArray();
        Assert.Equal("/api", Assert.Single(servers)!["url"]!.GetValue<string>());
        Assert.DoesNotContain("attacker", servers.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Health_NoKey_NoSecurityAndNo401()
    {
        var health = _document["paths"]!["/health"]!["get"]!;

        Assert.Empty(health["security"]!.AsArray());
        Assert.Null(health["responses"]!["401"]);
        Assert.NotNull(health["responses"]!["503"]!["content"]!["application/json"]);
    }

    [Fact]
    public void Links_EveryOperationWithPathParameters_IsReachedByALinkGivingEachParameter()
    {
        var operations = Operations().ToDictionary(operation => operation.Id, operation => operation.PathParameters);
        var links = Operations()
            .SelectMany(operation => operation.Node["responses"]!.AsObject().Select(response => response.Value!["links"]).OfType<JsonObject>())
            .SelectMany(links => links.Select(link => link.Value!))
            .ToList();

        Assert.All(links, link =>
        {
            var target = link["operationId"]!.GetValue<string>();
            Assert.True(operations.ContainsKey(target), $"No operation {target}.");
            Assert.Equal(operations[target].Order(), link["parameters"]!.AsObject().Select(parameter => parameter.Key).Order());
        });
        var reached = links.Select(link => link["operationId"]!.GetValue<string>()).ToHashSet();
        Assert.Empty(operations.Where(operation => operation.Value.Count > 0 && !reached.Contains(operation.Key)).Select(operation => operation.Key));
    }

    [Fact]
    public void Records_SharedShapes_AreOneComponentEach()
    {
        var schemas = _document["components"]!["schemas"]!.AsObject();
        var text = _document.ToJsonString();

        Assert.All(["Party", "Vessel", "IdentityDocument"], shape => Assert.True(schemas.ContainsKey(shape), shape));
        Assert.DoesNotContain(schemas, schema => schema.Key.StartsWith("Party", StringComparison.Ordinal) && schema.Key != "Party");
        Assert.Contains("\"$ref\":\"#/components/schemas/Party\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmitDocument_Body_EveryDocumentAsJsonAndTheTablesAsCsvAndXlsx()
    {
        var content = _document["paths"]!["/port-calls/{portCallId}/{direction}/{type}"]!["put"]!["requestBody"]!["content"]!;

        var json = content["application/json"]!["schema"]!["oneOf"]!.AsArray().Select(choice => choice!["$ref"]!.GetValue<string>().Split('/')[^1]);
        Assert.Equal(["GeneralDeclaration", "CargoManifest", "ShipStoresDeclaration", "CrewEffectsDeclaration", "CrewList", "PassengerList"], json);
        Assert.Equal("string", content["text/csv"]!["schema"]!["type"]!.GetValue<string>());
        Assert.Equal("binary", content["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]!["schema"]!["format"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Vessel", "imoNumber", "FORMAT-IMO")]
    [InlineData("Party", "eori", "FORMAT-EORI")]
    [InlineData("ManifestItem", "hsCode", "FORMAT-HS")]
    [InlineData("ManifestItem", "containerNumber", "FORMAT-CONTAINER")]
    [InlineData("PortCallRequest", "port", "FORMAT-UNLOCODE")]
    [InlineData("Party", "country", "FORMAT-COUNTRY")]
    public void Codes_PatternAndTheRuleThatChecksThem(string record, string field, string rule)
    {
        var schema = _document["components"]!["schemas"]![record]!["properties"]![field]!;

        Assert.False(string.IsNullOrEmpty(schema["pattern"]?.GetValue<string>()));
        Assert.Contains(rule, schema["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Consignment", "goodsStatus", "C,F,N")]
    [InlineData("Consignment", "cargoType", "container,bulk,break-bulk,ro-ro")]
    [InlineData("DocumentReceipt", "direction", "arrival,departure")]
    [InlineData("DocumentReceipt", "type", "fal1,manifest,fal3,fal4,fal5,fal6")]
    [InlineData("DocumentReceipt", "state", "accepted,delivered,pending,fallback-eds,fallback-email,fallback-in-person,re-entered,refused")]
    public void Enumerations_TheWireNamesOfTheContract(string record, string field, string values)
    {
        var schema = _document["components"]!["schemas"]![record]!["properties"]![field]!;

        Assert.Equal(values.Split(','), schema["enum"]!.AsArray().Select(value => value!.GetValue<string>()));
    }

    [Fact]
    public void Answers_FieldsTheServerMayLeaveOut_AreNullableAndNotRequired()
    {
        var view = _document["components"]!["schemas"]!["PortCallView"]!;

        var required = view["required"]!.AsArray().Select(name => name!.GetValue<string>()).ToList();
        Assert.Contains("portCallId", required);
        Assert.DoesNotContain("etd", required);
        Assert.Contains("null", view["properties"]!["etd"]!["type"]!.AsArray().Select(type => type!.GetValue<string>()));
    }

    private static string Spectral()
    {
        var spectral = Path.Combine(RepositoryRoot.Find(), "tools", "node_modules", ".bin", "spectral");
        return File.Exists(spectral) ? spectral : throw new InvalidOperationException($"Spectral is not installed at '{spectral}'; run ./test.sh or 'npm ci' in tools/.");
    }

    private IEnumerable<(string Id, JsonObject Node, List<string> PathParameters)> Operations() =>
        _document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(item => item.Value is JsonObject { } operation && operation.ContainsKey("operationId"))
            .Select(item => (
                item.Value!["operationId"]!.GetValue<string>(),
                item.Value!.AsObject(),
                (item.Value!["parameters"]?.AsArray() ?? []).Where(parameter => parameter!["in"]!.GetValue<string>() == "path").Select(parameter => parameter!["name"]!.GetValue<string>()).ToList())));
}
