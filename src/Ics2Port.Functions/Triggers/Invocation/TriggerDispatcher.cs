using System.Diagnostics;
using Ics2Port.Functions.Triggers.Catalog;
using Ics2Port.Functions.Triggers.Envelopes;

namespace Ics2Port.Functions.Triggers.Invocation;

/// <summary>
/// Runs one host invocation: finds the function, reads the envelope, calls the handler registered for it and
/// maps the outcome to the status the host acts on (2xx done; anything else a failed invocation it retries).
/// </summary>
public sealed partial class TriggerDispatcher(FunctionCatalog catalog, ILogger<TriggerDispatcher> logger)
{
    public async Task<TriggerDispatchResult> DispatchAsync(
        string functionName,
        Stream envelope,
        string? invocationId,
        IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var function = catalog.Find(functionName);
        if (function is null || function.Trigger is not (BlobTriggerBinding or TimerTriggerBinding or QueueTriggerBinding))
        {
            return new(StatusCodes.Status404NotFound, InvocationResponse.WithLogs($"There is no blob, timer or queue function named '{functionName}'."));
        }

        invocationId = string.IsNullOrWhiteSpace(invocationId) ? Guid.NewGuid().ToString() : invocationId;
        var started = Stopwatch.GetTimestamp();
        TriggerResult result;
        try
        {
            var request = await InvocationRequest.ParseAsync(envelope, cancellationToken);
            result = function.Trigger switch
            {
                BlobTriggerBinding blob => await HandlerFor<IBlobTriggerHandler>(services, function)
                    .HandleAsync(InvocationReader.ReadBlob(request, function.Name, blob, invocationId), cancellationToken),
                TimerTriggerBinding timer => await HandlerFor<ITimerTriggerHandler>(services, function)
                    .HandleAsync(InvocationReader.ReadTimer(request, function.Name, timer, invocationId), cancellationToken),
                QueueTriggerBinding queue => await HandlerFor<IQueueTriggerHandler>(services, function)
                    .HandleAsync(InvocationReader.ReadQueue(request, function.Name, queue, invocationId), cancellationToken),
                _ => throw new UnreachableException(),
            };
        }
        catch (InvocationEnvelopeException e)
        {
            LogEnvelopeRejected(logger, e, function.Name, invocationId);
            return new(StatusCodes.Status400BadRequest, InvocationResponse.WithLogs($"{function.Name}: {e.Message}"));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The host must see the failure to retry; the full exception stays in this app's log.
            LogHandlerFailed(logger, e, function.Name, invocationId);
            return new(StatusCodes.Status500InternalServerError, InvocationResponse.WithLogs($"{function.Name} failed: {e.GetType().Name}: {e.Message}"));
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        if (!result.Succeeded)
        {
            LogHandlerRefused(logger, function.Name, invocationId, result.Error, elapsed.TotalMilliseconds);
            return new(StatusCodes.Status500InternalServerError, InvocationResponse.WithLogs([.. result.Logs, $"{function.Name} failed: {result.Error}"]));
        }

        LogHandled(logger, function.Name, invocationId, elapsed.TotalMilliseconds);
        return new(StatusCodes.Status200OK, InvocationResponse.WithLogs(result.Logs));
    }

    private static THandler HandlerFor<THandler>(IServiceProvider services, FunctionDescriptor function)
        where THandler : notnull =>
        services.GetKeyedService<THandler>(function.Name) ?? throw new InvalidOperationException(
            $"No {typeof(THandler).Name} is registered for function '{function.Name}'.");

    [LoggerMessage(Level = LogLevel.Information, Message = "{Function} ({InvocationId}) succeeded in {ElapsedMs:0} ms")]
    private static partial void LogHandled(ILogger logger, string function, string invocationId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} ({InvocationId}) failed in {ElapsedMs:0} ms: {Error}")]
    private static partial void LogHandlerRefused(ILogger logger, string function, string invocationId, string? error, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} ({InvocationId}) threw")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string function, string invocationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} ({InvocationId}): the host's envelope could not be read")]
    private static partial void LogEnvelopeRejected(ILogger logger, Exception exception, string function, string invocationId);
}
