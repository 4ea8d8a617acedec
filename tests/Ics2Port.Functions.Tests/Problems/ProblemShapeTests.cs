using System.Net;
using System.Text.Json;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ics2Port.Functions.Tests.Problems;

[Collection("azurite")]
public sealed class ProblemShapeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int MaxBodyBytes = 4096;
    private TestApp _app = null!;
    private HttpClient _agent = null!;
    private string _portCallId = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(
            azurite.ConnectionString,
            azurite.UniqueName("problems"),
            new Dictionary<string, string?> { ["Ics2Port:MaxBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        _agent = _app.Client(TestApp.AgentAKey);
        _portCallId = await _agent.CreatePortCallAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AnyApiRoute_NoKey_401ProblemWithChallenge()
    {
        using var response = await _app.Client(apiKey: null).GetAsync($"/api/port-calls/{_portCallId}");

        var problem = await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("ApiKey", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task AnyApiRoute_UnknownKey_401Problem()
    {
        using var response = await _app.Client("not-a-key").GetAsync("/api/port-calls");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task SubmitDocument_AuthorityKey_403Problem()
    {
        using var response = await _app.Client(TestApp.AuthorityKey).PutDocumentAsync(_portCallId, "arrival", "fal4", Api.Json(Samples.Fal4));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task SubmitDocument_MalformedJson_400WithFormatJsonError()
    {
        using var response = await _agent.PutDocumentAsync(_portCallId, "arrival", "fal3", Api.Json("""{ "personsOnBoard": 5, "articles": [ """));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "malformed");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("FORMAT-JSON", error.GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.String, error.GetProperty("pointer").ValueKind);
    }

    [Fact]
    public async Task SubmitDocument_CsvRowWithTooManyFields_400WithFormatCsvErrorOnTheRow()
    {
        var csv = Samples.Fal5Header + "\nOzols,Janis,LV,1975-04-12,Riga,M,seafarer-id,LV1234567,LV,2030-01-31,MASTER,extra\n";

        using var response = await _agent.PutDocumentAsync(_portCallId, "arrival", "fal5", Api.Csv(csv));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "malformed");
        var error = problem.GetProperty("errors").EnumerateArray().First();
        Assert.Equal("FORMAT-CSV", error.GetProperty("rule").GetString());
        Assert.StartsWith("/rows/0", error.GetProperty("pointer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitDocument_BodyOverTheLimit_413Problem()
    {
        var oversized = Samples.Fal3().Replace("\"personsOnBoard\"", "\"remarks\": \"" + new string('x', MaxBodyBytes) + "\", \"personsOnBoard\"", StringComparison.Ordinal);

        using var response = await _agent.PutDocumentAsync(_portCallId, "arrival", "fal3", Api.Json(oversized));

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "too-large");
        Assert.Contains("4096", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitDocument_ChunkedBodyOverTheLimitWithoutContentLength_413ProblemAndNothingStored()
    {
        var oversized = Samples.Fal3().Replace("\"personsOnBoard\"", "\"remarks\": \"" + new string('x', 3 * MaxBodyBytes) + "\", \"personsOnBoard\"", StringComparison.Ordinal);
        using var content = new ChunkedContent(oversized, "application/json");

        using var response = await _agent.PutDocumentAsync(_portCallId, "departure", "fal4", content);

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "too-large");
        Assert.Contains("4096", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var stored = await _agent.GetAsync($"/api/port-calls/{_portCallId}/departure/fal4");
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task SubmitDocument_CsvForFal1_415Problem()
    {
        using var response = await _agent.PutDocumentAsync(_portCallId, "arrival", "fal1", Api.Csv("shipName\nBALTIC TRADER\n"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/api/port-calls", TestApp.AgentAKey)]
    [InlineData("PUT", "/api/port-calls/{0}/arrival/fal3", TestApp.AgentAKey)]
    [InlineData("POST", "/api/port-calls/{0}/permits", TestApp.AgentAKey)]
    [InlineData("POST", "/api/system/outages", TestApp.AuthorityKey)]
    [InlineData("POST", "/api/fallback/inbox", TestApp.AuthorityKey)]
    [InlineData("POST", "/api/fallback/cases/{0}-arrival-fal1-v1/hand-over", TestApp.AuthorityKey)]
    public async Task AnyBodyRoute_TextPlain_415ProblemNamingTheAcceptedTypes(string method, string path, string apiKey)
    {
        using var request = TextPlainRequest(method, path);

        using var response = await _app.Client(apiKey).SendAsync(request);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        Assert.Contains("'text/plain; charset=utf-8' is not accepted here; send application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/api/port-calls")]
    [InlineData("PUT", "/api/port-calls/{0}/arrival/fal3")]
    [InlineData("POST", "/api/port-calls/{0}/permits")]
    [InlineData("POST", "/api/system/outages")]
    [InlineData("POST", "/api/fallback/inbox")]
    [InlineData("POST", "/api/fallback/cases/{0}-arrival-fal1-v1/hand-over")]
    public async Task AnyBodyRoute_NoKeyAndTextPlain_401BeforeTheMediaTypeIsLookedAt(string method, string path)
    {
        using var request = TextPlainRequest(method, path);

        using var response = await _app.Client(apiKey: null).SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task SubmitDocument_UnknownPortCall_404Problem()
    {
        using var response = await _agent.PutDocumentAsync("pc-aaaaaaaaaa", "arrival", "fal4", Api.Json(Samples.Fal4));

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task SubmitDocument_UnknownDocumentType_404Problem()
    {
        using var response = await _agent.PutDocumentAsync(_portCallId, "arrival", "fal9", Api.Json(Samples.Fal4));

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task SubmitDocument_InvalidCsvValue_422WithRowPointerAndRule()
    {
        using var response = await _agent.PutDocumentAsync(_portCallId, "arrival", "fal5", Api.Csv(Samples.Fal5Csv(crew: 2, nationality: "Latvia")));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation");
        Assert.Equal("The document is not valid.", problem.GetProperty("title").GetString());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("/rows/0/nationality", error.GetProperty("pointer").GetString());
        Assert.Equal("FORMAT-COUNTRY", error.GetProperty("rule").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task SubmitDocument_Fal1OfAnotherShip_422ConsistencyOnImoNumber()
    {
        using var response = await _agent.PutDocumentAsync(_portCallId, "arrival", "fal1", Api.Json(Samples.Fal1(imo: "9176187")));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("/imoNumber", error.GetProperty("pointer").GetString());
        Assert.Equal("CONSISTENCY", error.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task UnknownRoute_404ProblemInTheSameShape()
    {
        using var response = await _agent.GetAsync("/api/no-such-thing");

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Theory]
    [InlineData("DELETE", "/api/port-calls/{0}", "text/csv")]
    [InlineData("PATCH", "/api/port-calls/{0}/arrival/fal3", "application/json")]
    [InlineData("PUT", "/api/port-calls", "*/*")]
    public async Task KnownRouteOtherMethod_405ProblemWhateverTheRequestAccepts(string method, string path, string accept)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, path, _portCallId));
        request.Headers.Accept.Clear();
        request.Headers.Accept.ParseAdd(accept);

        using var response = await _agent.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed, "method-not-allowed");
        Assert.NotEmpty(response.Content.Headers.Allow);
    }

    [Fact]
    public async Task SubmitDocument_StaleIfMatch_412AndNothingStored()
    {
        (await _agent.PutDocumentAsync(_portCallId, "departure", "fal3", Api.Json(Samples.Fal3(quantity: 1)))).EnsureSuccessStatusCode();
        (await _agent.PutDocumentAsync(_portCallId, "departure", "fal3", Api.Json(Samples.Fal3(quantity: 2)))).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/port-calls/{_portCallId}/departure/fal3") { Content = Api.Json(Samples.Fal3(quantity: 3)) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");

        using var response = await _agent.SendAsync(request);

        var problem = await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed, "precondition-failed");
        Assert.Contains("\"v2\"", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var versions = await (await _agent.GetAsync($"/api/port-calls/{_portCallId}/departure/fal3/versions")).ReadJsonAsync();
        Assert.Equal(2, versions.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task SubmitDocument_UnexpectedFault_500RevealingOnlyATraceId()
    {
        await using var failing = await TestApp.StartAsync(
            azurite.ConnectionString,
            azurite.UniqueName("faults"),
            services: services => services.AddSingleton<TimeProvider>(new BrokenClock()));
        var agent = failing.Client(TestApp.AgentAKey);

        using var response = await agent.PostAsync("/api/port-calls", Api.Json(Samples.PortCall()));

        var problem = await AssertProblemAsync(response, HttpStatusCode.InternalServerError, "internal");
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
        Assert.DoesNotContain("clock", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnyStorageCall_StorageUnreachable_503ProblemWithRetryAfter()
    {
        await using var unreachable = await TestApp.StartAsync(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteServer.AccountKey
                + ";BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
            "unreachable",
            new Dictionary<string, string?> { ["Ics2Port:Storage:MaxRetries"] = "0", ["Ics2Port:Storage:CreateLayoutOnStart"] = "false" });

        using var response = await unreachable.Client(TestApp.AgentAKey).GetAsync("/api/port-calls");

        await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable, "storage-unavailable");
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter!.Delta);
    }

    [Theory]
    [InlineData("/api/port-calls/%00")]
    [InlineData("/api/port-calls/pc-a%00b/arrival/fal1")]
    public async Task AnyRoute_NulByteInThePath_400ProblemFromTheServerItself(string path)
    {
        using var response = await _agent.GetAsync(path);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "bad-request");
    }

    [Fact]
    public async Task SearchHsCodes_LimitOutOfRange_400Problem()
    {
        using var response = await _agent.GetAsync("/api/hs-codes?q=timber&limit=99999999999");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "bad-request");
        Assert.Contains("limit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDocumentVersion_VersionOutOfRange_404Problem()
    {
        using var response = await _agent.GetAsync($"/api/port-calls/{_portCallId}/arrival/fal1/versions/99999999999");

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-11-23T06:00:00")]
    [InlineData("2026-13-45T06:00:00+02:00")]
    public async Task AnnounceOutage_AnnouncedAtNotATimeWithOffset_422FormatDateAtTheField(string announcedAt)
    {
        using var response = await _app.Client(TestApp.AuthorityKey).PostAsync(
            "/api/system/outages", Api.Json($$"""{ "announcedAt": "{{announcedAt}}", "source": "helpdesk", "message": "EDI down" }"""));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(("/announcedAt", "FORMAT-DATE"), (error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString()));
        var status = await (await _agent.GetAsync("/api/system/status")).ReadJsonAsync();
        Assert.Equal("available", status.GetProperty("portSystem").GetString());
    }

    [Fact]
    public async Task TakeInFallbackEmail_ReceivedAtNotATime_422FormatDateAtTheField()
    {
        using var response = await _app.Client(TestApp.AuthorityKey).PostAsync(
            "/api/fallback/inbox",
            Api.Json("""{ "messageId": "<m1@customs.lv>", "from": "cp@customs.lv", "to": "ops@baltship.lv", "subject": "x", "receivedAt": "2026-13-45", "attachments": [] }"""));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(("/receivedAt", "FORMAT-DATE"), (error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task AnnounceOutage_ValueOfAnotherKind_400NamingNoDotNetType()
    {
        using var response = await _app.Client(TestApp.AuthorityKey).PostAsync(
            "/api/system/outages", Api.Json("""{ "announcedAt": "2026-11-23T06:00:00+02:00", "source": 5 }"""));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "malformed");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(("/source", "FORMAT-JSON"), (error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString()));
        Assert.DoesNotContain("Ics2Port", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"numberOfCrew\": 3", "\"numberOfCrew\": 99999999999", "/numberOfCrew")]
    [InlineData("\"numberOfCrew\": 3", "\"numberOfCrew\": 3.5", "/numberOfCrew")]
    [InlineData("\"grossTonnage\": 8450", "\"grossTonnage\": 1e40", "/grossTonnage")]
    public async Task SubmitDocument_NumberOutOfRange_422FormatValueAtTheField(string field, string outOfRange, string pointer)
    {
        var fal1 = Samples.Fal1().Replace(field, outOfRange, StringComparison.Ordinal);

        using var response = await _agent.PutDocumentAsync(_portCallId, "arrival", "fal1", Api.Json(fal1));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal((pointer, "FORMAT-VALUE"), (error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task SubmitDocument_CsvCountOutOfRange_422FormatValueOnTheRow()
    {
        var csv = ManifestCsvWithPackages("99999999999");

        using var response = await _agent.PutDocumentAsync(_portCallId, "arrival", "manifest", Api.Csv(csv));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(("/rows/0/packages.count", "FORMAT-VALUE"), (error.GetProperty("pointer").GetString(), error.GetProperty("rule").GetString()));
    }

    [Theory]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=\"windows-1257\"")]
    [InlineData("text/csv; charset=utf-16")]
    public async Task SubmitDocument_CharsetOtherThanUtf8_415Problem(string contentType)
    {
        using var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Samples.Fal6()));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await _agent.PutDocumentAsync(_portCallId, "arrival", "fal6", content);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        Assert.Contains("UTF-8", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/merge-patch+json")]
    [InlineData("application/json-patch+json")]
    public async Task SubmitDocument_PatchMediaType_415ProblemAndNothingStored(string contentType)
    {
        using var content = new StringContent("""{ "remarks": "only this" }""", System.Text.Encoding.UTF8, contentType);

        using var response = await _agent.PutDocumentAsync(_portCallId, "departure", "fal1", content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        using var stored = await _agent.GetAsync($"/api/port-calls/{_portCallId}/departure/fal1");
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    private static string ManifestCsvWithPackages(string count) =>
        "billOfLading,portOfLoading,portOfDischarge,cargoType,goodsStatus,description,hsCode,packages.count,packages.kind,grossMassKg\n"
        + $"BL-1,SEGOT,LVRIX,bulk,C,Sawn timber,440710,{count},PK,21000\n";

    private HttpRequestMessage TextPlainRequest(string method, string path) =>
        new(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, path, _portCallId))
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "text/plain"),
        };

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType()!.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal($"https://ics2port.dev/problems/{type}", problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    private sealed class BrokenClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("The clock is broken.");
    }
}
