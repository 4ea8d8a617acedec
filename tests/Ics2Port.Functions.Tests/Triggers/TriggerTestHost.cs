using Ics2Port.Functions.Tests.Triggers.Invocation;
using Ics2Port.Functions.Triggers;
using Ics2Port.Functions.Triggers.Invocation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ics2Port.Functions.Tests.Triggers;

/// <summary>
/// A real web app on a loopback port with the trigger host wired as the app will wire it, over a temporary
/// functions root holding <c>host.json</c> and the given <c>function.json</c> files.
/// </summary>
public sealed class TriggerTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;

    private TriggerTestHost(WebApplication app, string root, HandlerRecorder recorder)
    {
        _app = app;
        _root = root;
        Recorder = recorder;
        Client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    public HandlerRecorder Recorder { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TriggerTestHost> StartAsync(
        IReadOnlyDictionary<string, string> functions,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        HandlerRecorder? recorder = null,
        bool registerHandlers = true)
    {
        var root = Directory.CreateTempSubdirectory("ics2port-functions-").FullName;
        await File.WriteAllTextAsync(Path.Combine(root, "host.json"), """{ "version": "2.0" }""");
        foreach (var (name, manifest) in functions)
        {
            Directory.CreateDirectory(Path.Combine(root, name));
            await File.WriteAllTextAsync(Path.Combine(root, name, "function.json"), manifest);
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = root, EnvironmentName = Environments.Development });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        recorder ??= new HandlerRecorder();
        builder.Services.AddSingleton(recorder);
        builder.Services.AddTriggerHost(builder.Configuration);
        foreach (var name in registerHandlers ? functions.Keys : [])
        {
            builder.Services.AddBlobTriggerHandler<RecordingBlobHandler>(name);
            builder.Services.AddTimerTriggerHandler<RecordingTimerHandler>(name);
        }

        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapTriggerInvocations();
        await app.StartAsync();
        return new TriggerTestHost(app, root, recorder);
    }

    public static string BlobFunction(string path, string dataType = "binary") =>
        $$"""{ "bindings": [ { "type": "blobTrigger", "direction": "in", "name": "file", "path": "{{path}}", "dataType": "{{dataType}}", "connection": "AzureWebJobsStorage" } ] }""";

    public static string TimerFunction(string schedule, bool runOnStartup = false) =>
        $$"""{ "bindings": [ { "type": "timerTrigger", "direction": "in", "name": "timer", "schedule": "{{schedule}}", "runOnStartup": {{(runOnStartup ? "true" : "false")}} } ] }""";

    public static string QueueFunction(string queueName) =>
        $$"""{ "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "message", "queueName": "{{queueName}}", "connection": "AzureWebJobsStorage" } ] }""";

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
