using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Ics2Port.Functions.Bulk;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Functions.Tests.Triggers;
using Ics2Port.Functions.Triggers;
using Ics2Port.Functions.Triggers.Invocation;
using Ics2Port.Functions.Triggers.Poison;
using Ics2Port.Storage.Layout;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Bulk;

/// <summary>
/// The real app with <c>InboundFileUploaded</c> watching an inbound container of its own (and the same handler
/// as <see cref="StringFunction"/> with <c>"dataType": "string"</c>), its results and quarantine behind the test's
/// name prefix, and <c>BlobTriggerPoisoned</c> on the host's poison queue; with the standalone driver when asked,
/// as <c>./run.sh</c> runs it.
/// </summary>
public sealed class BulkApp : IAsyncDisposable
{
    public const string StringFunction = "InboundFileAsString";

    private readonly string _root;
    private readonly HttpClient _host;

    private BulkApp(TestApp app, AzuriteFixture azurite, string prefix, string root)
    {
        App = app;
        Blobs = azurite.Blobs;
        Inbound = prefix + "inbound";
        Results = prefix + "results";
        Quarantine = prefix + "quarantine";
        Receipts = prefix + "receipts";
        _root = root;
        Agent = app.Client(TestApp.AgentAKey);
        _host = app.Client(apiKey: null);
    }

    public TestApp App { get; }

    public BlobServiceClient Blobs { get; }

    public string Inbound { get; }

    public string Results { get; }

    public string Quarantine { get; }

    /// <summary>The standalone driver's receipts table.</summary>
    public string Receipts { get; }

    /// <summary>An HTTP client with agent A's key.</summary>
    public HttpClient Agent { get; }

    public static async Task<BulkApp> StartAsync(
        AzuriteFixture azurite,
        bool standalone,
        int maxAttempts = 5,
        long maxBodyBytes = 10 * 1024 * 1024,
        string? appStorage = null,
        int storageRetries = 3)
    {
        var prefix = azurite.UniqueName("bulk");
        var root = Directory.CreateTempSubdirectory("ics2port-bulk-").FullName;
        await File.WriteAllTextAsync(Path.Combine(root, "host.json"), """{ "version": "2.0" }""");
        await WriteFunctionAsync(root, InboundFileHandler.FunctionName, TriggerTestHost.BlobFunction($"{prefix}inbound/{{name}}"));
        await WriteFunctionAsync(root, StringFunction, TriggerTestHost.BlobFunction($"{prefix}inbound/{{name}}", "string"));
        await WriteFunctionAsync(root, PoisonQueueHandler.FunctionName, TriggerTestHost.QueueFunction(BlobTriggerPoisonMessage.QueueName));

        // Only the first function is watched by the driver; the string one is for posted envelopes.
        var settings = new Dictionary<string, string?>
        {
            ["Ics2Port:FunctionsRoot"] = root,
            ["Ics2Port:MaxBodyBytes"] = maxBodyBytes.ToString(CultureInfo.InvariantCulture),
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            [$"AzureWebJobs.{StringFunction}.Disabled"] = "true",
            ["Ics2Port:StandaloneTriggers:Enabled"] = standalone ? "true" : "false",
            ["Ics2Port:StandaloneTriggers:PollInterval"] = "00:00:00.200",
            ["Ics2Port:StandaloneTriggers:MaxAttempts"] = maxAttempts.ToString(CultureInfo.InvariantCulture),
            ["Ics2Port:StandaloneTriggers:ReceiptsTable"] = prefix + "receipts",
            ["Ics2Port:Storage:MaxRetries"] = storageRetries.ToString(CultureInfo.InvariantCulture),
        };
        // The driver plays the host on AzureWebJobsStorage; the app's own storage may go another way (through a proxy).
        var app = await TestApp.StartAsync(
            appStorage ?? azurite.ConnectionString,
            prefix,
            settings,
            services => services.AddBlobTriggerHandler<InboundFileHandler>(StringFunction));
        return new BulkApp(app, azurite, prefix, root);
    }

    public BlobClient Blob(string container, string name) => Blobs.GetBlobContainerClient(container).GetBlobClient(name);

    /// <summary>Writes <paramref name="name"/> in inbound, replacing any version there.</summary>
    public async Task<Uploaded> UploadAsync(string name, byte[] content, string contentType = "application/octet-stream")
    {
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        var written = await Blob(Inbound, name).UploadAsync(BinaryData.FromBytes(content), options);
        return new Uploaded(BlobETags.Unquoted(written.Value.ETag));
    }

    public Task<BlobDownloadResult?> ResultAsync(string name) => Blob(Results, name + ".result.json").DownloadIfExistsAsync();

    /// <summary>The result file, once the driver has written it.</summary>
    public async Task<BlobDownloadResult> WaitForResultAsync(string name, TimeSpan timeout, Func<BlobDownloadResult, bool>? until = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await ResultAsync(name) is { } result && (until is null || until(result)))
            {
                return result;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"No result for {name} after {timeout.TotalSeconds:0.#} s.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Posts an envelope as the Functions host does.</summary>
    public async Task<HttpResponseMessage> InvokeAsync(string functionName, string envelope, string? invocationId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + functionName) { Content = Api.Json(envelope) };
        request.Headers.Add(TriggerInvocationEndpoints.InvocationIdHeader, invocationId ?? Guid.NewGuid().ToString());
        return await _host.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private static async Task WriteFunctionAsync(string root, string name, string manifest)
    {
        Directory.CreateDirectory(Path.Combine(root, name));
        await File.WriteAllTextAsync(Path.Combine(root, name, "function.json"), manifest);
    }

    /// <summary>An uploaded version, its ETag unquoted as the app records it.</summary>
    public sealed record Uploaded(ETag ETag);
}
