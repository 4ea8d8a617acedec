using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Ics2Port.Functions.Bulk;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.LocalHost.Triggers;
using Ics2Port.Storage.Layout;
using Ics2Port.Testing;

namespace Ics2Port.Functions.Tests.Bulk;

/// <summary>
/// The app under the local host on an Azurite of the test class's own, since <c>inbound/</c> and the blob extension's
/// poison queue have fixed names, as in Azure: <c>InboundFileUploaded</c> fires on its own when <c>triggers</c> is on,
/// as <c>./run.sh</c> runs it, and is run once on demand with <see cref="InvokeAsync"/> otherwise. Results and
/// quarantine are behind the test's name prefix.
/// </summary>
public sealed class BulkApp : IAsyncDisposable
{
    public const string Inbound = "inbound";

    private BulkApp(TestApp app, BlobServiceClient blobs, string prefix)
    {
        App = app;
        Blobs = blobs;
        Results = prefix + "results";
        Quarantine = prefix + "quarantine";
        Agent = app.Client(TestApp.AgentAKey);
    }

    public TestApp App { get; }

    /// <summary>The account the files are dropped into and the results written to.</summary>
    public BlobServiceClient Blobs { get; }

    public string Results { get; }

    public string Quarantine { get; }

    /// <summary>An HTTP client with agent A's key.</summary>
    public HttpClient Agent { get; }

    /// <summary>
    /// Starts the app on this test class's own <paramref name="azurite"/>; with <paramref name="triggers"/> the blob and
    /// queue triggers fire on their own, polling every 200 ms. <paramref name="appStorage"/> is the app's own storage
    /// when it must go another way than the triggers' (through a proxy).
    /// </summary>
    public static async Task<BulkApp> StartAsync(
        AzuriteFixture azurite,
        bool triggers,
        int maxAttempts = 5,
        long maxBodyBytes = 10 * 1024 * 1024,
        string? appStorage = null,
        int storageRetries = 3)
    {
        var prefix = azurite.UniqueName("bulk");
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        await blobs.GetBlobContainerClient(Inbound).CreateIfNotExistsAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Ics2Port:MaxBodyBytes"] = maxBodyBytes.ToString(CultureInfo.InvariantCulture),
            ["Ics2Port:Storage:MaxRetries"] = storageRetries.ToString(CultureInfo.InvariantCulture),
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            [$"{LocalTriggerOptions.SectionName}:Enabled"] = triggers ? "true" : "false",
            [$"{LocalTriggerOptions.SectionName}:PollInterval"] = "00:00:00.200",
            [$"{LocalTriggerOptions.SectionName}:MaxAttempts"] = maxAttempts.ToString(CultureInfo.InvariantCulture),
        };
        var app = await TestApp.StartAsync(appStorage ?? azurite.ConnectionString, prefix, settings);
        return new BulkApp(app, blobs, prefix);
    }

    /// <summary>Drops a file into <c>inbound/</c>; answers its version, unquoted as results and records name it.</summary>
    public async Task<UploadedBlob> UploadAsync(string name, byte[] content, string contentType = "application/octet-stream")
    {
        var uploaded = await Blobs.GetBlobContainerClient(Inbound).GetBlobClient(name)
            .UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } });
        return new UploadedBlob(BlobETags.Unquoted(uploaded.Value.ETag));
    }

    /// <summary>Runs <c>InboundFileUploaded</c> once, now, for the file at <paramref name="name"/> in <c>inbound/</c>.</summary>
    public Task<FunctionRun> InvokeAsync(string name) => App.RunFunctionAsync(InboundFileUploadedFunction.Name, $"{Inbound}/{name}");

    public Task<StoredBlob?> ResultAsync(string name) => GetAsync(Results, BulkContainers.ResultName(name));

    public async Task<StoredBlob?> GetAsync(string container, string name)
    {
        try
        {
            var download = (await Blobs.GetBlobContainerClient(container).GetBlobClient(name).DownloadContentAsync()).Value;
            return new StoredBlob(download.Content, download.Details.ContentType, download.Details.Metadata, BlobETags.Unquoted(download.Details.ETag));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string container, string name) =>
        await Blobs.GetBlobContainerClient(container).GetBlobClient(name).ExistsAsync();

    /// <summary>The result file, once the trigger has written it.</summary>
    public async Task<StoredBlob> WaitForResultAsync(string name, TimeSpan timeout, Func<StoredBlob, bool>? until = null)
    {
        StoredBlob? result = null;
        await Eventually.WaitUntilAsync(
            async () => (result = await ResultAsync(name)) is { } found && (until is null || until(found)),
            timeout,
            $"the result of {name}");
        return result!;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
