namespace Ics2Port.Functions.Tests.Packaging;

// On Flex Consumption a blob function runs only when an Event Grid subscription calls the blob extension's webhook
// with its name; infra/main.bicep lists them by hand, functions.metadata is generated from the [Function] attributes.
public sealed class BlobEventSubscriptionTests
{
    private readonly IReadOnlyList<FunctionMetadata> _blobFunctions = [.. FunctionMetadata.ReadBuilt().Where(f => f.IsBlobTriggered)];

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
}
