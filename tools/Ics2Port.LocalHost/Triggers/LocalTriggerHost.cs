namespace Ics2Port.LocalHost.Triggers;

using Ics2Port.Functions.Bulk;
using Ics2Port.Functions.Hosting;
using Ics2Port.LocalHost.Functions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

/// <summary>
/// Fires the blob, queue and timer functions as the host would: polls every blob trigger's container and queue
/// trigger's queue, and keeps every timer's schedule, each in the storage account its <c>Connection</c> names.
/// </summary>
internal sealed partial class LocalTriggerHost(
    LocalFunctionCatalog catalog,
    IConfiguration configuration,
    TriggerStorage storage,
    FunctionRunner runner,
    IOptions<LocalTriggerOptions> options,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    private const string PoisonSuffix = "-poison";
    private readonly ILogger _logger = loggers.CreateLogger<LocalTriggerHost>();

    // One receipts table per storage account, made once however many triggers keep their state in it.
    private readonly Dictionary<string, Task<Azure.Data.Tables.TableClient>> _receipts = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Never hold up the start of the host: the triggers begin once it listens.
        await Task.Yield();
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        if (!storage.IsConfigured(connection: null))
        {
            LogNoConnection(_logger, TriggerStorage.DefaultConnection);
            return;
        }

        var owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var runs = new List<Task>();
        foreach (var function in Enabled(TriggerKind.BlobTrigger))
        {
            var trigger = (BlobTriggerAttribute)function.Trigger;
            var path = BlobPathPattern.Parse(trigger.BlobPath);
            var poller = new BlobTriggerPoller(
                function,
                path,
                storage.Blobs(trigger.Connection).GetBlobContainerClient(path.Container),
                storage.Queues(trigger.Connection).GetQueueClient(BlobTriggerPoisonMessage.QueueName),
                new BlobReceiptStore(await ReceiptsAsync(trigger.Connection, stoppingToken), owner, time),
                runner,
                settings,
                time,
                loggers.CreateLogger<BlobTriggerPoller>());
            runs.Add(poller.RunAsync(stoppingToken));
        }

        foreach (var function in Enabled(TriggerKind.QueueTrigger))
        {
            var trigger = (QueueTriggerAttribute)function.Trigger;
            var queues = storage.Queues(trigger.Connection);
            var poller = new QueueTriggerPoller(
                function, queues.GetQueueClient(trigger.QueueName), queues.GetQueueClient(trigger.QueueName + PoisonSuffix), runner, settings, time, loggers.CreateLogger<QueueTriggerPoller>());
            runs.Add(poller.RunAsync(stoppingToken));
        }

        foreach (var function in Enabled(TriggerKind.TimerTrigger))
        {
            var trigger = (TimerTriggerAttribute)function.Trigger;
            var scheduler = new TimerTriggerScheduler(
                function,
                TimerSchedule.Parse(trigger.Schedule),
                trigger.RunOnStartup,
                new TimerStatusStore(await ReceiptsAsync(connection: null, stoppingToken), owner, time),
                runner,
                time,
                loggers.CreateLogger<TimerTriggerScheduler>());
            runs.Add(scheduler.RunAsync(stoppingToken));
        }

        LogStarted(_logger, runs.Count, settings.PollInterval.TotalMilliseconds);
        try
        {
            await Task.WhenAll(runs);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the claims in flight expire and are taken over by the next start.
        }
    }

    // The host's switch for one function: AzureWebJobs.<Name>.Disabled (AzureWebJobs__<Name>__Disabled in the environment).
    private IEnumerable<LocalFunction> Enabled(TriggerKind kind) =>
        catalog.OfKind(kind).Where(function =>
            !configuration.GetValue<bool>($"AzureWebJobs.{function.Name}.Disabled") && !configuration.GetValue<bool>($"AzureWebJobs:{function.Name}:Disabled"));

    private Task<Azure.Data.Tables.TableClient> ReceiptsAsync(string? connection, CancellationToken cancellationToken)
    {
        var key = TriggerStorage.NameOf(connection);
        if (!_receipts.TryGetValue(key, out var table))
        {
            table = CreateReceiptsAsync(connection, cancellationToken);
            _receipts[key] = table;
        }

        return table;
    }

    // Storage may come up after the host: keep trying, as the host's listeners do, rather than stop the host.
    private async Task<Azure.Data.Tables.TableClient> CreateReceiptsAsync(string? connection, CancellationToken cancellationToken)
    {
        var table = storage.Tables(connection).GetTableClient(options.Value.ReceiptsTable);
        var backoff = new PollBackoff(options.Value.PollInterval);
        while (true)
        {
            try
            {
                await table.CreateIfNotExistsAsync(cancellationToken);
                return table;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogStorageUnavailable(_logger, e, table.Name);
                await Task.Delay(backoff.Next(failed: true), time, cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The triggers' table {Table} cannot be reached yet; trying again")]
    private static partial void LogStorageUnavailable(ILogger logger, Exception exception, string table);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No trigger fires on its own: the connection '{Connection}' is not set (run a function with POST /admin/functions/{{name}})")]
    private static partial void LogNoConnection(ILogger logger, string connection);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local triggers for {Count} function(s), polling every {PollMs:0} ms")]
    private static partial void LogStarted(ILogger logger, int count, double pollMs);
}
