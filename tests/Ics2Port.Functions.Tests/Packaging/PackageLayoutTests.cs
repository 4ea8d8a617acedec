using System.Text.Json;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Triggers.Invocation;
using Ics2Port.Functions.Triggers.Poison;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ics2Port.Functions.Tests.Packaging;

public sealed class PackageLayoutTests
{
    // Functions the host invokes as POST /{Name} with its JSON envelope (CONTRACT.md).
    private static readonly string[] BlobFunctions = ["InboundFileUploaded", "FallbackInboxFileUploaded"];
    private static readonly string[] InvokedFunctions = [.. BlobFunctions, "FallbackWorkflow", "BlobTriggerPoisoned"];

    private readonly string _root = RepositoryRoot.Find();

    [Fact]
    public void HostJson_CustomHandler_LaunchesAppDllWithDotnet()
    {
        using var host = ReadHostJson();

        var description = host.RootElement.GetProperty("customHandler").GetProperty("description");

        Assert.Equal("dotnet", description.GetProperty("defaultExecutablePath").GetString());
        Assert.Equal(["Ics2Port.Functions.dll"], description.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void HostJson_CustomHandler_ProxiesHttpRequests()
    {
        using var host = ReadHostJson();

        var customHandler = host.RootElement.GetProperty("customHandler");

        Assert.True(
            customHandler.TryGetProperty("enableProxyingHttpRequest", out var proxying) && proxying.GetBoolean(),
            "customHandler.enableProxyingHttpRequest must be true so /api requests reach the app unchanged.");
    }

    [Fact]
    public void HostJson_HttpExtension_UsesApiRoutePrefix()
    {
        using var host = ReadHostJson();

        var routePrefix = host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString();

        Assert.Equal("api", routePrefix);
    }

    [Fact]
    public void FunctionJson_EachFolder_HasExactlyOneTrigger()
    {
        var functions = FunctionDefinition.ReadAll(_root);

        var withoutOneTrigger = functions.Where(f => f.Triggers.Count != 1).Select(f => f.Name);

        Assert.NotEmpty(functions);
        Assert.Empty(withoutOneTrigger);
    }

    [Fact]
    public void HttpFunctions_Bindings_AreHttpTriggerAndHttpOutputOnly()
    {
        var httpFunctions = FunctionDefinition.ReadAll(_root).Where(f => f.IsHttp).ToList();

        // Anything more and the host stops proxying and sends its envelope instead.
        var notProxied = httpFunctions
            .Where(f => f.Bindings.Count != 2 || !f.Bindings.Any(IsHttpOutput))
            .Select(f => f.Name);

        Assert.NotEmpty(httpFunctions);
        Assert.Empty(notProxied);
    }

    [Fact]
    public void BlobFunctions_Trigger_UsesEventGridSource()
    {
        var blobFunctions = FunctionDefinition.ReadAll(_root).Where(IsBlobTriggered);

        // Flex Consumption runs blob triggers only with the Event Grid source.
        var polling = blobFunctions
            .Where(f => FunctionDefinition.Text(f.Triggers.Single(), "source") != "EventGrid")
            .Select(f => f.Name);

        Assert.Empty(polling);
    }

    [Fact]
    public void TimerFunctions_Schedule_HasSixValidFields()
    {
        var timerFunctions = FunctionDefinition.ReadAll(_root)
            .Where(f => string.Equals(f.TriggerType, "timerTrigger", StringComparison.OrdinalIgnoreCase));

        var problems = timerFunctions
            .Select(f => (f.Name, Problem: TimerSchedule.Problem(FunctionDefinition.Text(f.Triggers.Single(), "schedule"))))
            .Where(p => p.Problem is not null)
            .Select(p => $"{p.Name}: {p.Problem}");

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("POST", "/api/port-calls")]
    [InlineData("GET", "/api/port-calls")]
    [InlineData("GET", "/api/port-calls/{id}")]
    [InlineData("PUT", "/api/port-calls/{id}/{direction}/{type}")]
    [InlineData("POST", "/api/port-calls/{id}/permits")]
    [InlineData("GET", "/api/permits/{id}")]
    [InlineData("GET", "/api/hs-codes")]
    [InlineData("GET", "/api/hs-codes/{code}")]
    [InlineData("GET", "/api/system/status")]
    [InlineData("POST", "/api/system/outages")]
    [InlineData("POST", "/api/system/outages/{id}/restore")]
    [InlineData("GET", "/api/fallback/cases")]
    [InlineData("POST", "/api/fallback/inbox")]
    public void ContractRoute_Requested_MatchesExactlyOneHttpFunction(string method, string contractRoute)
    {
        var path = contractRoute
            .Replace("{id}", "PC-2026-0001", StringComparison.Ordinal)
            .Replace("{direction}", "arrival", StringComparison.Ordinal)
            .Replace("{type}", "fal1", StringComparison.Ordinal)
            .Replace("{code}", "4407", StringComparison.Ordinal);
        var routePrefix = ReadRoutePrefix();
        Assert.StartsWith($"/{routePrefix}/", path, StringComparison.Ordinal);

        var matching = FunctionDefinition.ReadAll(_root)
            .Where(f => f.IsHttp && (f.Methods.Count == 0 || f.Methods.Contains(method)) && f.Route.Matches(path[(routePrefix.Length + 1)..]))
            .Select(f => f.Name);

        Assert.Single(matching);
    }

    [Fact]
    public void InvokedFunctions_Declared_AreTheOnesTheAppHandles()
    {
        var invoked = FunctionDefinition.ReadAll(_root).Where(f => !f.IsHttp).Select(f => f.Name);

        // Each is invoked as POST /{Name}; the app maps exactly these names.
        var unknown = invoked.Except(InvokedFunctions, StringComparer.Ordinal);

        Assert.Empty(unknown);
    }

    [Fact]
    public void InvokedFunctions_Declared_EachHasAHandlerOfItsTriggerKindInTheApp()
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Ics2Port:FunctionsRoot"] = _root,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddLogging().AddIcs2Port(configuration).BuildServiceProvider();
        var registered = provider.GetRequiredService<IServiceProviderIsKeyedService>();

        // The dispatcher answers POST /{Name} only with the handler keyed by that name for the trigger's kind.
        var withoutHandler = FunctionDefinition.ReadAll(_root).Where(f => !f.IsHttp)
            .Where(f => HandlerKind(f.TriggerType) is not { } kind || !registered.IsKeyedService(kind, f.Name))
            .Select(f => $"{f.Name} ({f.TriggerType})");

        Assert.Empty(withoutHandler);
    }

    [Fact]
    public void PoisonQueueFunction_Trigger_ReadsTheHostsBlobTriggerPoisonQueue()
    {
        var function = FunctionDefinition.ReadAll(_root).Single(f => f.Name == PoisonQueueHandler.FunctionName);

        var trigger = function.Triggers.Single();

        Assert.Equal(
            ("queueTrigger", BlobTriggerPoisonMessage.QueueName, "AzureWebJobsStorage", 1),
            (function.TriggerType, FunctionDefinition.Text(trigger, "queueName"), FunctionDefinition.Text(trigger, "connection"), function.Bindings.Count));
    }

    [Fact]
    public void HostJson_BlobAndQueueExtensions_KeepTheDefaultFiveAttempts()
    {
        using var host = ReadHostJson();

        // BlobTriggerPoisoned records five attempts; a threshold here would make that untrue.
        var extensions = host.RootElement.GetProperty("extensions");
        var overrides = new[] { ("blobs", "poisonBlobThreshold"), ("queues", "maxDequeueCount") }
            .Where(o => extensions.TryGetProperty(o.Item1, out var section) && section.TryGetProperty(o.Item2, out _))
            .Select(o => $"{o.Item1}.{o.Item2}");

        Assert.Equal(5, PoisonQueueHandler.HostAttempts);
        Assert.Empty(overrides);
    }

    [Fact]
    public void BlobFunctions_Declared_HaveEventGridSubscriptionInInfrastructure()
    {
        var declared = FunctionDefinition.ReadAll(_root).Where(IsBlobTriggered)
            .Select(f => (f.Name, Container: FunctionDefinition.Text(f.Triggers.Single(), "path").Split('/')[0]));

        var subscriptions = InfrastructureTemplate.BlobSubscriptions(_root);

        Assert.Empty(declared.Except(subscriptions));
    }

    [Fact]
    public void InfrastructureSubscriptions_Declared_TargetBlobFunctionsAndExistingContainers()
    {
        var subscriptions = InfrastructureTemplate.BlobSubscriptions(_root);

        var containers = InfrastructureTemplate.Containers(_root);

        Assert.Equal(BlobFunctions.Order(StringComparer.Ordinal), subscriptions.Select(s => s.FunctionName).Order(StringComparer.Ordinal));
        Assert.All(subscriptions, s => Assert.Contains(s.Container, containers));
    }

    private static Type? HandlerKind(string triggerType) => triggerType.ToUpperInvariant() switch
    {
        "BLOBTRIGGER" => typeof(IBlobTriggerHandler),
        "TIMERTRIGGER" => typeof(ITimerTriggerHandler),
        "QUEUETRIGGER" => typeof(IQueueTriggerHandler),
        _ => null,
    };

    private static bool IsHttpOutput(JsonElement binding) =>
        FunctionDefinition.Text(binding, "type") == "http" && FunctionDefinition.Text(binding, "direction") == "out";

    private static bool IsBlobTriggered(FunctionDefinition function) =>
        string.Equals(function.TriggerType, "blobTrigger", StringComparison.OrdinalIgnoreCase);

    private JsonDocument ReadHostJson() => JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "host.json")));

    private string ReadRoutePrefix()
    {
        using var host = ReadHostJson();
        return host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString()!;
    }
}
