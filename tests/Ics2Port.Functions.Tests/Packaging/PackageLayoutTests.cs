using System.Text.Json;
using Ics2Port.Functions.Bulk;
using Ics2Port.LocalHost.Triggers;

namespace Ics2Port.Functions.Tests.Packaging;

// What the build declares to the host: the root host.json and the functions.metadata the Worker SDK generates.
public sealed class PackageLayoutTests
{
    private readonly IReadOnlyList<FunctionMetadata> _functions = FunctionMetadata.ReadBuilt();

    // Names fixed by CONTRACT.md ("Functions host interface"): logs, alerts and Event Grid subscriptions use them.
    [Theory]
    [InlineData("InboundFileUploaded", "blobTrigger")]
    [InlineData("FallbackInboxFileUploaded", "blobTrigger")]
    [InlineData("BlobTriggerPoisoned", "queueTrigger")]
    [InlineData("FallbackWorkflow", "timerTrigger")]
    public void ContractFunction_Generated_HasItsNameAndTrigger(string name, string triggerType)
    {
        var function = _functions.SingleOrDefault(f => f.Name == name);

        Assert.NotNull(function);
        Assert.Equal(triggerType, function.TriggerType, ignoreCase: true);
    }

    [Fact]
    public void PoisonQueueFunction_Trigger_ReadsTheBlobExtensionsPoisonQueue()
    {
        var function = _functions.Single(f => f.Name == BlobTriggerPoisonedFunction.Name);

        var trigger = (function.TriggerText("queueName"), function.TriggerText("connection"));

        Assert.Equal(("webjobs-blobtrigger-poison", "AzureWebJobsStorage"), trigger);
    }

    [Fact]
    public void TimerFunctions_Schedule_IsAnNcrontabExpression()
    {
        var timerFunctions = _functions.Where(f => string.Equals(f.TriggerType, "timerTrigger", StringComparison.OrdinalIgnoreCase)).ToList();

        var problems = timerFunctions
            .Select(f => (f.Name, Problem: Record.Exception(() => TimerSchedule.Parse(f.TriggerText("schedule")))))
            .Where(p => p.Problem is not null)
            .Select(p => $"{p.Name}: {p.Problem!.Message}");

        Assert.NotEmpty(timerFunctions);
        Assert.Empty(problems);
    }

    [Fact]
    public void HostJson_BlobAndQueueExtensions_KeepTheDefaultFiveAttempts()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "host.json")));

        // BlobTriggerPoisoned records five attempts; a threshold here would make that untrue.
        var overrides = new[] { ("blobs", "poisonBlobThreshold"), ("queues", "maxDequeueCount") }
            .Where(o => host.RootElement.TryGetProperty("extensions", out var extensions)
                && extensions.TryGetProperty(o.Item1, out var section) && section.TryGetProperty(o.Item2, out _))
            .Select(o => $"{o.Item1}.{o.Item2}");

        Assert.Equal(5, BlobTriggerPoisonedFunction.HostAttempts);
        Assert.Empty(overrides);
    }
}
