using Ics2Port.Functions.Triggers.Catalog;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Ics2Port.Functions.Triggers.Standalone;

/// <summary>
/// Plays the Functions host's blob and timer triggers when the app runs without it: once the app listens,
/// it polls every blob trigger's container and keeps every timer's schedule, and invokes the functions through
/// the app's own <c>POST /{FunctionName}</c> with the host's envelope.
/// </summary>
public sealed partial class StandaloneTriggerDriver(
    FunctionCatalog catalog,
    IOptions<StandaloneTriggerOptions> options,
    IConfiguration configuration,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    IServer server,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    private const string HostStorageConnection = "AzureWebJobsStorage";
    private readonly ILogger _logger = loggers.CreateLogger<StandaloneTriggerDriver>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await AppStartedAsync(stoppingToken))
        {
            return;
        }

        var settings = options.Value;
        var baseUrl = settings.BaseUrl ?? OwnLoopbackAddress();
        using var invoker = new LoopbackInvoker(
            new HttpClient { BaseAddress = baseUrl, Timeout = settings.InvocationTimeout },
            settings.MaxConcurrency);
        var accounts = new StorageAccountResolver(configuration);
        var owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var hostTables = accounts.Tables(HostStorageConnection);
        await hostTables.CreateTableIfNotExistsAsync(settings.ReceiptsTable, stoppingToken);
        var receipts = new BlobReceiptStore(hostTables.GetTableClient(settings.ReceiptsTable), owner, time);
        var timerStatus = new TimerStatusStore(hostTables.GetTableClient(settings.ReceiptsTable), owner, time);

        var runs = new List<Task>();
        foreach (var (function, trigger) in catalog.EnabledBlobTriggers())
        {
            var poller = new BlobTriggerPoller(
                function, trigger, accounts.Blobs(trigger.Connection), receipts, invoker, scopes, settings, time, loggers.CreateLogger<BlobTriggerPoller>());
            runs.Add(poller.RunAsync(stoppingToken));
        }

        foreach (var (function, trigger) in catalog.EnabledTimerTriggers())
        {
            var scheduler = new TimerTriggerScheduler(function, trigger, timerStatus, invoker, time, loggers.CreateLogger<TimerTriggerScheduler>());
            runs.Add(scheduler.RunAsync(stoppingToken));
        }

        LogStarted(_logger, runs.Count, baseUrl, settings.PollInterval.TotalMilliseconds);
        try
        {
            await Task.WhenAll(runs);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the claims in flight expire and are retried by the next run.
        }
    }

    private async Task<bool> AppStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private Uri OwnLoopbackAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException($"The app listens nowhere; set {StandaloneTriggerOptions.SectionName}:BaseUrl.");
        var builder = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (builder.Host is "0.0.0.0" or "[::]" or "::" or "localhost")
        {
            builder.Host = "127.0.0.1";
        }

        return builder.Uri;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Standalone triggers for {Count} function(s), invoking {BaseUrl}, polling every {PollMs:0} ms")]
    private static partial void LogStarted(ILogger logger, int count, Uri baseUrl, double pollMs);
}
