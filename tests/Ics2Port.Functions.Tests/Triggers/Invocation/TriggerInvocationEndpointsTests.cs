using System.Net;
using System.Text;
using System.Text.Json;
using Ics2Port.Functions.Tests.Triggers.Envelopes;
using Ics2Port.Functions.Triggers.Invocation;

namespace Ics2Port.Functions.Tests.Triggers.Invocation;

public sealed class TriggerInvocationEndpointsTests : IAsyncLifetime
{
    private static readonly string[] RefusedLogs = ["tried once", "InboundFileUploaded failed: file is locked"];
    private static readonly string[] ThrownLogs = ["InboundFileUploaded failed: IOException: disk gone"];
    private TriggerTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TriggerTestHost.StartAsync(new Dictionary<string, string>
    {
        ["InboundFileUploaded"] = TriggerTestHost.BlobFunction("inbound/{name}"),
        ["FallbackWorkflow"] = TriggerTestHost.TimerFunction("0 */1 * * * *"),
        ["PortCalls"] = """{ "bindings": [ { "type": "httpTrigger", "direction": "in", "name": "req" }, { "type": "http", "direction": "out", "name": "res" } ] }""",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_BlobEnvelope_CallsTheHandlerAndAnswersTheHostShape()
    {
        using var response = await PostAsync("InboundFileUploaded", EnvelopeFixture.Text("blob-binary-current-host.json"), "3f2504e0-4f89-11d3-9a0c-0305e82c3301");

        var body = await response.Content.ReadAsStringAsync();
        var seen = Assert.Single(_host.Recorder.Blobs);
        Assert.Equal(
            (HttpStatusCode.OK, "application/json", """{"Outputs":{},"Logs":["handled"],"ReturnValue":null}"""),
            (response.StatusCode, response.Content.Headers.ContentType?.MediaType, body));
        Assert.Equal(
            ("InboundFileUploaded", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "inbound/AG-BALTSHIP/pc-1/arrival/fal5.csv"),
            (seen.FunctionName, seen.InvocationId, seen.BlobPath));
    }

    [Fact]
    public async Task Post_FunctionNameInOtherCase_DispatchesToTheFunction()
    {
        using var response = await PostAsync("inboundfileuploaded", EnvelopeFixture.Text("blob-binary-current-host.json"));

        Assert.Equal((HttpStatusCode.OK, "InboundFileUploaded"), (response.StatusCode, Assert.Single(_host.Recorder.Blobs).FunctionName));
    }

    [Fact]
    public async Task Post_TimerEnvelope_CallsTheTimerHandler()
    {
        using var response = await PostAsync("FallbackWorkflow", EnvelopeFixture.Text("timer-odd-timestamps.json"));

        var seen = Assert.Single(_host.Recorder.Timers);
        Assert.Equal((HttpStatusCode.OK, true), (response.StatusCode, seen.IsPastDue));
    }

    [Fact]
    public async Task Post_HandlerReportsFailure_Answers500WithTheErrorInLogs()
    {
        _host.Recorder.BlobOutcome = _ => TriggerResult.Failure("file is locked", "tried once");

        using var response = await PostAsync("InboundFileUploaded", EnvelopeFixture.Text("blob-binary-current-host.json"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(RefusedLogs, await LogsAsync(response));
    }

    [Fact]
    public async Task Post_HandlerThrows_Answers500SoTheHostRetries()
    {
        _host.Recorder.BlobOutcome = _ => throw new IOException("disk gone");

        using var response = await PostAsync("InboundFileUploaded", EnvelopeFixture.Text("blob-binary-current-host.json"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(ThrownLogs, await LogsAsync(response));
    }

    [Theory]
    [InlineData("NoSuchFunction")]
    [InlineData("PortCalls")]
    public async Task Post_NotABlobOrTimerFunction_Answers404(string function)
    {
        using var response = await PostAsync(function, EnvelopeFixture.Text("timer-null-status.json"));

        Assert.Equal((HttpStatusCode.NotFound, 0), (response.StatusCode, _host.Recorder.Blobs.Count + _host.Recorder.Timers.Count));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{ "Data": { "file": "" } }""")]
    public async Task Post_UnreadableEnvelope_Answers400WithoutCallingTheHandler(string envelope)
    {
        using var response = await PostAsync("InboundFileUploaded", envelope);

        Assert.Equal((HttpStatusCode.BadRequest, 0), (response.StatusCode, _host.Recorder.Blobs.Count));
    }

    private async Task<HttpResponseMessage> PostAsync(string function, string envelope, string? invocationId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + function)
        {
            Content = new StringContent(envelope, Encoding.UTF8, "application/json"),
        };
        if (invocationId is not null)
        {
            request.Headers.Add(TriggerInvocationEndpoints.InvocationIdHeader, invocationId);
        }

        return await _host.Client.SendAsync(request);
    }

    private static async Task<string[]> LogsAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("Logs").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }
}

public sealed class TriggerInvocationEndpointsWithoutHandlerTests
{
    [Fact]
    public async Task Post_FunctionWithoutRegisteredHandler_Answers500()
    {
        await using var host = await TriggerTestHost.StartAsync(
            new Dictionary<string, string> { ["InboundFileUploaded"] = TriggerTestHost.BlobFunction("inbound/{name}") },
            registerHandlers: false);

        using var response = await host.Client.PostAsync(
            "/InboundFileUploaded",
            new StringContent(EnvelopeFixture.Text("blob-binary-current-host.json"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
