using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Tests.Fallback;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Functions.Tests.Fallback.Channels;
using Ics2Port.Functions.Tests.Packaging;
using Ics2Port.PeerSimulators;
using Ics2Port.Testing;
using Ics2Port.Testing.Peers.Smtp;

namespace Ics2Port.Functions.Tests.OpenApi;

/// <summary>
/// The OpenAPI document's examples are real answers: one pass through every operation, from registering a port call to
/// handing a document over in person during an outage, records each request and answer. With
/// <c>ICS2PORT_WRITE_API_DOCS=1</c> it writes those that changed shape to <c>src/Ics2Port.Functions/OpenApi/Examples/</c>; otherwise it
/// checks that every operation has an example and that each still has the shape of the answer the API gives now.
/// </summary>
[Collection("azurite")]
public sealed class AnswerExamplesTests(AzuriteFixture azurite, PeerSimulatorFixture peers, MailDevFixture mail)
    : IClassFixture<PeerSimulatorFixture>, IClassFixture<MailDevFixture>, IAsyncLifetime
{
    // This document itself is its answer: no example could say more.
    private const string WithoutExample = "GetOpenApi";

    private const string Nomenclature = """
        section,hscode,description,parent,level
        IX,44,Wood and articles of wood; wood charcoal,TOTAL,2
        IX,4407,"Wood sawn or chipped lengthwise, of a thickness exceeding 6mm",44,4
        IX,440710,"Wood; coniferous species, sawn or chipped lengthwise",4407,6
        IX,440711,"Wood; coniferous, of pine (Pinus spp.), sawn",4407,6
        """;

    private readonly string _nomenclature = Path.Combine(Path.GetTempPath(), $"hs-{Guid.NewGuid():N}.csv");
    private readonly Dictionary<string, JsonObject> _recorded = new(StringComparer.Ordinal);
    private FallbackHarness _harness = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_nomenclature, Nomenclature);
        _harness = await FallbackHarness.StartAsync(azurite, peers, mail.Server, signing: false, settings: new Dictionary<string, string?> { ["Ics2Port:HsNomenclaturePath"] = _nomenclature });
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        File.Delete(_nomenclature);
    }

    [Fact]
    public async Task Examples_EveryOperation_HasOneWithTheShapeOfTheRealAnswer()
    {
        await WalkEveryOperationAsync();

        if (Environment.GetEnvironmentVariable("ICS2PORT_WRITE_API_DOCS") == "1")
        {
            var folder = Path.Combine(RepositoryRoot.Find(), "src", "Ics2Port.Functions", "OpenApi", "Examples");
            // An example that still has the answer's shape stays as it is, so that ids and times do not churn.
            foreach (var (operationId, example) in _recorded.Where(recorded => Differences(recorded.Key, recorded.Value, AnswerExamples.Of(recorded.Key)).Any()))
            {
                await File.WriteAllTextAsync(Path.Combine(folder, operationId + ".json"), example.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
            }

            return;
        }

        var operations = OpenApiConformance.Served["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => operation.Value!["operationId"]!.GetValue<string>()))
            .Where(operationId => operationId != WithoutExample);
        Assert.Equal(operations.Order(StringComparer.Ordinal), _recorded.Keys.Order(StringComparer.Ordinal));
        var differences = _recorded.SelectMany(recorded => Differences(recorded.Key, recorded.Value, AnswerExamples.Of(recorded.Key))).ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    private async Task WalkEveryOperationAsync()
    {
        var agent = _harness.AgentA;
        var authority = _harness.Authority;
        await RecordAsync("GetHealth", _harness.App.Client(apiKey: null).GetAsync("/api/health"));

        var portCallBody = Example("port-call.json");
        var portCall = await RecordAsync("CreatePortCall", agent.PostAsync("/api/port-calls", Api.Json(portCallBody)), portCallBody);
        var portCallId = portCall["portCallId"]!.GetValue<string>();
        await RecordAsync("ListPortCalls", agent.GetAsync("/api/port-calls?port=LVRIX"));

        var fal1 = Example("fal1-arrival.json");
        await RecordAsync("SubmitDocument", agent.PutDocumentAsync(portCallId, "arrival", "fal1", Api.Json(fal1.Replace("\"9074729\"", "\"9074728\"", StringComparison.Ordinal))));
        await RecordAsync("SubmitDocument", agent.PutDocumentAsync(portCallId, "arrival", "fal1", Api.Json(fal1)), fal1);
        await RecordAsync("GetPortCall", agent.GetAsync($"/api/port-calls/{portCallId}"));
        await RecordAsync("GetDocument", agent.GetAsync($"/api/port-calls/{portCallId}/arrival/fal1"));
        await RecordAsync("ListDocumentVersions", agent.GetAsync($"/api/port-calls/{portCallId}/arrival/fal1/versions"));
        await RecordAsync("GetDocumentVersion", agent.GetAsync($"/api/port-calls/{portCallId}/arrival/fal1/versions/1"));

        var permitBody = Example("permit-unloading.json");
        var permit = await RecordAsync("ApplyForPermit", agent.PostAsync($"/api/port-calls/{portCallId}/permits", Api.Json(permitBody)), permitBody);
        var permitId = permit["permitId"]!.GetValue<string>();
        await RecordAsync("GetMe", _harness.App.Client(TestApp.CustomsRigaKey).GetAsync("/api/me"));
        await RecordAsync("ListUndecidedPermits", _harness.App.Client(TestApp.CustomsRigaKey).GetAsync("/api/customs/permits"));
        var decision = """{ "outcome": "granted", "permitNumber": "0210-2611-0001" }""";
        await RecordAsync("DecidePermit", _harness.App.Client(TestApp.CustomsRigaKey).PostAsync($"/api/permits/{permitId}/decision", Api.Json(decision)), decision);
        await RecordAsync("GetPermit", agent.GetAsync($"/api/permits/{permitId}"));
        await RecordAsync("ListPermits", agent.GetAsync($"/api/port-calls/{portCallId}/permits"));
        var customs = _harness.App.Client(TestApp.CustomsRigaKey);
        (await agent.PutDocumentAsync(portCallId, "arrival", "manifest", Api.Json(Samples.Manifest()))).EnsureSuccessStatusCode();
        await RecordAsync("GetEnsDeadlines", agent.GetAsync($"/api/port-calls/{portCallId}/ens-deadlines"));
        var unendorsed = Samples.Manifest().Replace("\"issuerAuthorised\": true", "\"issuerAuthorised\": false", StringComparison.Ordinal);
        (await agent.PutDocumentAsync(portCallId, "departure", "manifest", Api.Json(unendorsed))).EnsureSuccessStatusCode();
        var endorsement = """{ "reference": "0210-END-2611-7" }""";
        await RecordAsync("EndorseManifest", customs.PostAsync($"/api/port-calls/{portCallId}/departure/manifest/versions/1/endorsement", Api.Json(endorsement)), endorsement);
        await RecordAsync("GetManifestEndorsement", agent.GetAsync($"/api/port-calls/{portCallId}/departure/manifest/versions/1/endorsement"));
        var supplyBody = Example("supply.json");
        var supplier = _harness.Supplier;
        var supply = await RecordAsync("FileSupply", supplier.PostAsync($"/api/port-calls/{portCallId}/supplies", Api.Json(supplyBody.Replace("\"QS\"", "\"XX\"", StringComparison.Ordinal))));
        supply = await RecordAsync("FileSupply", supplier.PostAsync($"/api/port-calls/{portCallId}/supplies", Api.Json(supplyBody)), supplyBody);
        var supplyPath = $"/api/port-calls/{portCallId}/supplies/{supply["supplyId"]!.GetValue<string>()}";
        var proofBody = Example("loading-proof.json");
        await RecordAsync("ConfirmSupplyLoading", agent.PutAsync($"{supplyPath}/loading-proof", Api.Json(proofBody)), proofBody);
        var revised = supplyBody.Replace("\"destinationCode\"", "\"declarationReference\": \"26LV000210EX001234\", \"destinationCode\"", StringComparison.Ordinal);
        await RecordAsync("ReviseSupply", supplier.PutAsync(supplyPath, Api.Json(revised)), revised);
        await RecordAsync("GetSupply", authority.GetAsync(supplyPath));
        await RecordAsync("ListSupplies", agent.GetAsync($"/api/port-calls/{portCallId}/supplies"));
        await RecordAsync("SearchHsCodes", agent.GetAsync("/api/hs-codes?q=sawn&limit=5"));
        await RecordAsync("GetHsCode", agent.GetAsync("/api/hs-codes/4407"));

        await RecordAsync("GetSystemStatus", agent.GetAsync("/api/system/status"));
        var announcement = """{ "announcedAt": "2026-11-23T05:30:00+02:00", "source": "helpdesk", "message": "SKLOIS maintenance until 09:00" }""";
        var outage = await RecordAsync("AnnounceOutage", authority.PostAsync("/api/system/outages", Api.Json(announcement)), announcement);
        var outageId = outage["outageId"]!.GetValue<string>();
        await RecordAsync("GetOutage", agent.GetAsync($"/api/system/outages/{outageId}"));

        var fal4 = await FallbackHarness.FileAsync(agent, portCallId, "fal4", Api.Json(Samples.Fal4));
        await peers.SetAvailableAsync(PeerNames.Eds, false);
        await _harness.RunTimerAsync();
        var caseId = fal4.GetProperty("documentId").GetString() + "-v1";
        await RecordAsync("ListFallbackCases", agent.GetAsync("/api/fallback/cases?state=fallback-in-person"));
        await RecordAsync("GetFallbackCase", agent.GetAsync($"/api/fallback/cases/{caseId}"));
        await RecordAsync("GetInPersonSummary", agent.GetAsync($"/api/fallback/cases/{caseId}/summary"));
        var handOver = """{ "receivedBy": "Inspector Ozola, MKP 0210" }""";
        await RecordAsync("ConfirmHandOver", authority.PostAsync($"/api/fallback/cases/{caseId}/hand-over", Api.Json(handOver)), handOver);
        await RecordAsync("RestoreOutage", authority.PostAsync($"/api/system/outages/{outageId}/restore", null));

        var email = $$"""
            { "messageId": "<0210-2611@customs.example>", "from": "mkp.0210@vid.gov.lv", "to": "fallback@ics2port.example",
              "subject": "Port call {{portCallId}}: stores declaration", "receivedAt": "2026-11-23T07:10:00+02:00",
              "attachments": [ { "fileName": "arrival-fal3.json", "contentType": "application/json", "contentBase64": "{{Convert.ToBase64String(Encoding.UTF8.GetBytes(Samples.Fal3()))}}" } ] }
            """;
        var intake = await RecordAsync("TakeInFallbackEmail", authority.PostAsync("/api/fallback/inbox", Api.Json(email)), email);
        await RecordAsync("ListFallbackIntakes", authority.GetAsync("/api/fallback/inbox"));
        await RecordAsync("GetFallbackIntake", authority.GetAsync($"/api/fallback/inbox/{intake["intakeId"]!.GetValue<string>()}"));
    }

    private async Task<JsonNode> RecordAsync(string operationId, Task<HttpResponseMessage> sending, string? request = null)
    {
        using var response = await sending;
        var text = await response.Content.ReadAsStringAsync();
        var answer = response.Content.Headers.ContentType?.MediaType == "text/plain" ? JsonValue.Create(text) : JsonNode.Parse(text)!;
        var example = _recorded.TryGetValue(operationId, out var known) ? known : _recorded[operationId] = new JsonObject { ["responses"] = new JsonObject() };
        if (request is not null)
        {
            example["request"] = JsonNode.Parse(request);
        }

        example["responses"]![((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)] = answer;
        return answer;
    }

    private static string Example(string file) => File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "examples", file));

    private static IEnumerable<string> Differences(string operationId, JsonObject recorded, JsonObject? example)
    {
        if (example is null)
        {
            yield return $"{operationId} has no example; run this test with ICS2PORT_WRITE_API_DOCS=1 and rebuild.";
            yield break;
        }

        foreach (var (part, node) in recorded.Select(part => (part.Key, part.Value)).Concat(recorded["responses"]!.AsObject().Select(answer => ($"responses/{answer.Key}", answer.Value))))
        {
            if (part == "responses")
            {
                continue;
            }

            var expected = part.StartsWith("responses/", StringComparison.Ordinal) ? example["responses"]?[part["responses/".Length..]] : example[part];
            if (expected is null || !Shape(expected).SetEquals(Shape(node)))
            {
                yield return $"{operationId} {part}: the example no longer has the shape of the real answer; run this test with ICS2PORT_WRITE_API_DOCS=1 and rebuild.";
            }
        }
    }

    // The paths of an answer's fields, list items taken together: what an example shares with every answer of its kind.
    private static HashSet<string> Shape(JsonNode? node, string path = "")
    {
        var shape = new HashSet<string>(StringComparer.Ordinal) { path };
        switch (node)
        {
            case JsonObject instance:
                foreach (var (name, value) in instance)
                {
                    shape.UnionWith(Shape(value, $"{path}/{name}"));
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    shape.UnionWith(Shape(item, path + "/*"));
                }

                break;
        }

        return shape;
    }
}
