using System.Text.Json;
using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.LocalHost.Functions;
using Ics2Port.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Ics2Port.Functions.Tests.LocalHost;

/// <summary>
/// What the Worker SDK generated for the Functions host (<c>functions.metadata</c>, copied beside this test) against what
/// the local host serves and watches: the same functions, routes, methods, paths, queues and schedules, so that nothing
/// is declared twice and nothing drifts.
/// </summary>
[Collection("azurite")]
public sealed class FunctionMetadataTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string[] TriggerProperties = ["path", "source", "connection", "queueName", "schedule"];
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("metadata"));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void Metadata_EveryFunction_IsOneTheLocalHostRunsWithTheSameTrigger()
    {
        var generated = Generated().ToDictionary(function => function.Name, function => function.Trigger.GetProperty("type").GetString()!);

        var local = _app.Services.GetRequiredService<LocalFunctionCatalog>().All
            .ToDictionary(function => function.Name, function => function.Kind.ToString().Replace("Trigger", string.Empty, StringComparison.Ordinal).ToLowerInvariant() + "Trigger");

        Assert.True(generated.Count >= 25, $"functions.metadata lists {generated.Count} functions.");
        Assert.Equal(generated.OrderBy(pair => pair.Key), local.OrderBy(pair => pair.Key));
    }

    [Fact]
    public void Metadata_HttpFunctions_ServedAtTheirRouteWithTheirMethods()
    {
        var generated = Generated()
            .Where(function => function.Trigger.GetProperty("type").GetString() == "httpTrigger")
            .Select(function => $"{function.Name} {Methods(function.Trigger)} /api/{function.Trigger.GetProperty("route").GetString()}");

        var served = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .Select(endpoint => $"{endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName} {string.Join(",", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)} {endpoint.RoutePattern.RawText}");

        Assert.Equal(generated.Order(StringComparer.Ordinal), served.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Metadata_HttpFunctions_AuthLevelFunctionButTheDocumentAndThePage()
    {
        string[] anonymous = ["GetOpenApi", "GetWebPage"];
        var levels = Generated()
            .Where(function => function.Trigger.GetProperty("type").GetString() == "httpTrigger")
            .ToDictionary(function => function.Name, function => function.Trigger.GetProperty("authLevel").GetString());

        Assert.All(anonymous, name => Assert.Equal("Anonymous", levels[name]));
        Assert.All(levels.Where(pair => !anonymous.Contains(pair.Key)), pair => Assert.Equal("Function", pair.Value));
    }

    [Fact]
    public void Metadata_OtherTriggers_AreWhatTheLocalHostWatches()
    {
        var generated = Generated()
            .Where(function => function.Trigger.GetProperty("type").GetString() != "httpTrigger")
            .Select(function => function.Name + " " + function.Trigger.GetProperty("type").GetString() + " " + string.Join(" ", TriggerProperties
                .Select(key => function.Trigger.TryGetProperty(key, out var value) ? $"{key}={value.GetString()}" : null)
                .OfType<string>()));

        var watched = _app.Services.GetRequiredService<LocalFunctionCatalog>().All
            .Where(function => function.Kind != TriggerKind.HttpTrigger)
            .Select(function => function.Name + " " + function.Trigger switch
            {
                BlobTriggerAttribute blob => $"blobTrigger path={blob.BlobPath} source={blob.Source} connection={blob.Connection}",
                QueueTriggerAttribute queue => $"queueTrigger connection={queue.Connection} queueName={queue.QueueName}",
                TimerTriggerAttribute timer => $"timerTrigger schedule={timer.Schedule}",
                _ => "?",
            });

        Assert.Equal(generated.Order(StringComparer.Ordinal), watched.Order(StringComparer.Ordinal));
        Assert.Contains("InboundFileUploaded blobTrigger path=inbound/{name} source=EventGrid connection=AzureWebJobsStorage", generated);
    }

    [Fact]
    public void BuildOutput_ExtensionsOfBlobAndQueueTriggers_ListedWithTheirAssemblies()
    {
        using var extensions = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "extensions.json")));

        var listed = extensions.RootElement.GetProperty("extensions").EnumerateArray()
            .ToDictionary(extension => extension.GetProperty("name").GetString()!, extension => extension.GetProperty("hintPath").GetString()!);

        Assert.Contains("AzureStorageBlobs", listed.Keys);
        Assert.Contains("AzureStorageQueues", listed.Keys);
        Assert.All(listed.Values, hintPath => Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, hintPath)), $"{hintPath} is not in the build output."));
    }

    private static string Methods(JsonElement trigger) =>
        string.Join(",", trigger.GetProperty("methods").EnumerateArray().Select(method => method.GetString()!.ToUpperInvariant()));

    private static IEnumerable<(string Name, JsonElement Trigger)> Generated()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));
        return [.. metadata.RootElement.EnumerateArray().Select(function => (
            function.GetProperty("name").GetString()!,
            function.GetProperty("bindings").EnumerateArray().Single(binding => binding.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).Clone()))];
    }
}
