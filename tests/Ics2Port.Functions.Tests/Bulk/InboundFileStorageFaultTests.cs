using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Ics2Port.Functions.Bulk;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;
using Xunit.Abstractions;

namespace Ics2Port.Functions.Tests.Bulk;

/// <summary>
/// The app's own storage cut while the blob trigger fires: every attempt fails, the blob extension's poison message
/// goes on its queue, and <c>BlobTriggerPoisoned</c> moves the file into quarantine once storage is back, as in Azure.
/// The only app on this class's Azurite, so that no other instance takes the file.
/// </summary>
public sealed class InboundFileStorageFaultTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const string Agent = TestApp.AgentA;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Upload_WhileTheAppsStorageIsDown_QuarantinedWithItsErrorRecordThroughThePoisonQueue()
    {
        const int MaxAttempts = 3;
        var server = azurite.Server;
        await using var blobProxy = TcpFaultProxy.Start(server.BlobEndpoint.Port);
        await using var tableProxy = TcpFaultProxy.Start(server.TableEndpoint.Port);
        var throughProxy = $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={AzuriteServer.AccountKey};"
            + $"BlobEndpoint=http://127.0.0.1:{blobProxy.Port}/{AzuriteServer.AccountName};TableEndpoint=http://127.0.0.1:{tableProxy.Port}/{AzuriteServer.AccountName};";
        await using var bulk = await BulkApp.StartAsync(azurite, triggers: true, MaxAttempts, appStorage: throughProxy, storageRetries: 0);
        var portCallId = await bulk.Agent.CreatePortCallAsync();
        var name = $"{Agent}/{portCallId}/arrival/fal1.json";
        blobProxy.Cut();
        tableProxy.Cut();
        var upload = await bulk.UploadAsync(name, Encoding.UTF8.GetBytes(Samples.Fal1()));
        var poisonQueue = new QueueClient(azurite.ConnectionString, BlobTriggerPoisonMessage.QueueName);
        await Eventually.WaitUntilAsync(
            async () => await poisonQueue.ExistsAsync() && (await poisonQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0
                || await bulk.ExistsAsync(bulk.Quarantine, name + ".error.json"),
            TimeSpan.FromSeconds(20),
            "every attempt to fail and the blob extension's poison message");

        blobProxy.Resume();
        tableProxy.Resume();

        await Eventually.WaitUntilAsync(() => bulk.ExistsAsync(bulk.Quarantine, name + ".error.json"), Deadline, "the error record");
        var error = JsonDocument.Parse((await bulk.GetAsync(bulk.Quarantine, name + ".error.json"))!.Content.ToString()).RootElement;
        output.WriteLine(error.ToString());
        Assert.Equal(
            (Samples.Fal1(), false, false, "InboundFileUploaded", $"{BulkApp.Inbound}/{name}", upload.ETag.ToString(), 5, true),
            ((await bulk.GetAsync(bulk.Quarantine, name))!.Content.ToString(), await bulk.ExistsAsync(BulkApp.Inbound, name), await bulk.ExistsAsync(bulk.Results, name + ".result.json"),
             error.GetProperty("function").GetString(), error.GetProperty("source").GetString(), error.GetProperty("sourceEtag").GetString(),
             error.GetProperty("attempts").GetInt32(), Guid.TryParse(error.GetProperty("invocationId").GetString(), out _)));
        Assert.StartsWith("Failed all 5 attempts; its poison message ", error.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}
