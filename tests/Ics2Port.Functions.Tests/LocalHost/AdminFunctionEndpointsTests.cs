using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using Ics2Port.Functions.Bulk;
using Ics2Port.Functions.Fallback.Workflow;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ics2Port.Functions.Tests.LocalHost;

/// <summary><c>POST /admin/functions/{name}</c>: a non-HTTP function run once on demand, as Core Tools runs it.</summary>
[Collection("azurite")]
public sealed class AdminFunctionEndpointsTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly string _prefix = azurite.UniqueName("admin");
    private readonly CapturingLoggerProvider _log = new();
    private TestApp _app = null!;

    // The run's outcome is only in the log, as under Core Tools.
    public async Task InitializeAsync() => _app = await TestApp.StartAsync(
        azurite.ConnectionString,
        _prefix,
        new Dictionary<string, string?> { ["Logging:LogLevel:Ics2Port.LocalHost.Triggers.FunctionRunner"] = "Information" },
        services => services.AddSingleton<ILoggerProvider>(_log));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _log.Dispose();

    [Fact]
    public async Task Post_BlobFunctionWithItsBlob_202AndTheFunctionRuns()
    {
        var inbox = new BlobContainerClient(azurite.ConnectionString, "fallback-inbox");
        await inbox.CreateIfNotExistsAsync();
        var name = $"{Guid.NewGuid():N}.txt";
        await inbox.UploadBlobAsync(name, BinaryData.FromString("not an e-mail"));

        using var response = await _app.Client(apiKey: null).PostAsync("/admin/functions/FallbackInboxFileUploaded", Api.Json($$"""{ "input": "fallback-inbox/{{name}}" }"""));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.WaitUntilAsync(async () => !await inbox.GetBlobClient(name).ExistsAsync(), Deadline, "the file to be quarantined");
    }

    [Fact]
    public async Task Post_TimerFunction_202AndItRunsWithATimerInfo()
    {
        using var response = await _app.Client(apiKey: null).PostAsync($"/admin/functions/{FallbackWorkflowFunction.Name}", Api.Json("{}"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var executed = await ExecutedAsync(FallbackWorkflowFunction.Name);
        Assert.StartsWith($"Executed '{FallbackWorkflowFunction.Name}' (Succeeded", executed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_QueueFunctionWithAMessage_202AndItRunsOnThatMessage()
    {
        var inbound = new BlobContainerClient(azurite.ConnectionString, "inbound");
        await inbound.CreateIfNotExistsAsync();
        var name = $"{TestApp.AgentA}/{Guid.NewGuid():N}/arrival/fal1.json";
        var uploaded = await inbound.UploadBlobAsync(name, BinaryData.FromString(Samples.Fal1()));
        var message = BlobTriggerPoisonMessage.Write(InboundFileUploadedFunction.Name, inbound.Name, name, uploaded.Value.ETag);

        using var response = await _app.Client(apiKey: null).PostAsync(
            $"/admin/functions/{BlobTriggerPoisonedFunction.Name}", Api.Json(JsonSerializer.Serialize(new { input = message })));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var quarantined = new BlobContainerClient(azurite.ConnectionString, _prefix + "quarantine").GetBlobClient(name);
        await Eventually.WaitUntilAsync(async () => (await quarantined.ExistsAsync()).Value, Deadline, "the blob the message names to be quarantined");
    }

    [Theory]
    [InlineData("NoSuchFunction", """{ "input": "x" }""", HttpStatusCode.NotFound)]
    [InlineData("GetPortCall", """{ "input": "x" }""", HttpStatusCode.BadRequest)]
    [InlineData("InboundFileUploaded", """{ "input": "elsewhere/a.json" }""", HttpStatusCode.BadRequest)]
    [InlineData("BlobTriggerPoisoned", "{}", HttpStatusCode.BadRequest)]
    public async Task Post_NoSuchFunctionOrInputThatDoesNotFit_ProblemAndNothingRuns(string function, string body, HttpStatusCode expected)
    {
        using var response = await _app.Client(apiKey: null).PostAsync($"/admin/functions/{function}", Api.Json(body));

        Assert.Equal((expected, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    private async Task<CapturedLogEntry> ExecutedAsync(string function)
    {
        CapturedLogEntry? executed = null;
        await Eventually.WaitUntilAsync(
            () => (executed = _log.Entries.FirstOrDefault(entry => entry.Message.StartsWith($"Executed '{function}' (", StringComparison.Ordinal))) is not null,
            Deadline,
            $"{function} to run");
        return executed!;
    }
}
