using System.Text.Json.Nodes;
using static Ics2Port.Functions.Tests.Packaging.InfrastructureTemplate;

namespace Ics2Port.Functions.Tests.Packaging;

// On Flex Consumption a blob function runs only when an Event Grid subscription calls the blob extension's webhook
// with its name; infra/main.bicep lists them by hand, functions.metadata is generated from the [Function] attributes.
public sealed class BlobEventSubscriptionTests
{
    private const string Module = "blobEventSubscriptions";

    private readonly IReadOnlyList<FunctionMetadata> _blobFunctions = [.. FunctionMetadata.ReadBuilt().Where(f => f.IsBlobTriggered)];

    private static InfrastructureTemplate Template => InfrastructureTemplate.Main;

    // Every subscription is one entry of this resource's loop.
    private static JsonNode Subscription =>
        Assert.Single(Template.ModuleResources(Module, "Microsoft.EventGrid/systemTopics/eventSubscriptions"));

    [Fact]
    public void BlobFunctions_Generated_EachHasASubscriptionCallingItsWebhook()
    {
        var subscribed = InfrastructureTemplate.Main.BlobEventSubscriptions()
            .Select(s => $"{s.WebhookPath}?functionName={s.WebhookFunction}")
            .ToHashSet(StringComparer.Ordinal);

        var unsubscribed = _blobFunctions
            .Select(f => $"/runtime/webhooks/blobs?functionName=Host.Functions.{f.Name}")
            .Where(webhook => !subscribed.Contains(webhook));

        Assert.NotEmpty(_blobFunctions);
        Assert.Empty(unsubscribed);
    }

    [Fact]
    public void Subscriptions_Deployed_CallOnlyBlobFunctionsThatExist()
    {
        var subscriptions = InfrastructureTemplate.Main.BlobEventSubscriptions();

        var strangers = subscriptions
            .Select(s => s.WebhookFunction)
            .Where(name => !_blobFunctions.Any(f => name == $"Host.Functions.{f.Name}"));

        Assert.NotEmpty(subscriptions);
        Assert.Empty(strangers);
    }

    [Fact]
    public void Subscriptions_Deployed_FilterTheContainerTheirFunctionWatches()
    {
        var containerOf = _blobFunctions.ToDictionary(f => $"Host.Functions.{f.Name}", f => f.BlobContainer, StringComparer.Ordinal);
        var subscriptions = InfrastructureTemplate.Main.BlobEventSubscriptions();

        var elsewhere = subscriptions
            .Where(s => containerOf.TryGetValue(s.WebhookFunction ?? string.Empty, out var container) && container != s.Container)
            .Select(s => $"{s.WebhookFunction} filters '{s.SubjectBeginsWith}'");

        Assert.NotEmpty(subscriptions);
        Assert.Empty(elsewhere);
    }

    // Without a dead-letter destination Event Grid drops an event after 24 hours of failed delivery, and its file is
    // neither processed nor quarantined. The account takes no shared key: the topic writes with its own identity.
    [Fact]
    public void Subscriptions_UndeliveredEvent_GoesToTheDeadLetterContainerWithTheTopicsIdentity()
    {
        var deadLetter = Subscription["properties"]!["deadLetterWithResourceIdentity"];

        var destination = (
            Identity: Text(deadLetter?["identity"]?["type"]),
            Endpoint: Text(deadLetter?["deadLetterDestination"]?["endpointType"]),
            Container: Text(Template.ModuleValue(Module, deadLetter?["deadLetterDestination"]?["properties"]?["blobContainerName"])));

        Assert.Equal(("SystemAssigned", "StorageBlob", Text(Template.ModuleArgument("storage", "deadLetterContainerName"))), destination);
        Assert.Equal("SystemAssigned", Text(Assert.Single(Template.ModuleResources("eventTopic", "Microsoft.EventGrid/systemTopics"))["identity"]?["type"]));
    }

    // With the hierarchical namespace (SFTP) BlobCreated also fires when a file is opened, before it has content, and
    // while an SFTP upload that can resume is written; an allow-list of APIs would also drop any new API that commits a blob. SFTP clients that upload to a temporary name
    // and rename raise no BlobCreated for the final name: their temporary files are not delivered either.
    [Fact]
    public void Subscriptions_Filter_PassEveryCommitButNotPrecommitEventsOrTemporaryNames()
    {
        var filters = Subscription["properties"]!["filter"]!["advancedFilters"]!.AsArray().Select(f => (
            Operator: Text(f!["operatorType"]),
            Key: Text(f["key"]),
            Values: Template.ModuleValue(Module, f["values"]).AsArray().Select(v => Text(v)).ToList())).ToList();

        Assert.DoesNotContain(filters, f => f.Key == "data.api" && f.Operator == "StringIn");
        Assert.Equal(["CreateFile", "SftpCreate", "SftpWrite"], Assert.Single(filters, f => (f.Key, f.Operator) == ("data.api", "StringNotIn")).Values.Order(StringComparer.Ordinal));
        Assert.Contains(".filepart", Assert.Single(filters, f => (f.Key, f.Operator) == ("subject", "StringNotEndsWith")).Values);
    }

    [Fact]
    public void Topic_Alerts_FireOnTheFirstDeadLetteredOrDroppedEvent()
    {
        var alert = Assert.Single(Template.ModuleResources("eventTopic", "Microsoft.Insights/metricAlerts"));

        var metrics = Template.LoopEntries("eventTopic", alert).Select(entry => Text(entry!["metric"]));

        var criterion = Assert.Single(alert["properties"]!["criteria"]!["allOf"]!.AsArray())!;
        Assert.Equal(["DeadLetteredCount", "DroppedEventCount"], metrics.Order(StringComparer.Ordinal));
        Assert.Equal(("GreaterThan", 0, "Total"), (Text(criterion["operator"]), (int)criterion["threshold"]!, Text(criterion["timeAggregation"])));
    }
}
