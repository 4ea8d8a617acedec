namespace Ics2Port.LocalHost.Triggers;

using System.Diagnostics;
using Ics2Port.LocalHost.Functions;

/// <summary>
/// Runs a non-HTTP function once, as the host does: in its own service scope, with a new invocation id, its failure
/// caught and reported (the trigger decides about retries), and one log line per invocation.
/// </summary>
public sealed partial class FunctionRunner(IServiceScopeFactory scopes, ILogger<FunctionRunner> logger)
{
    public async Task<FunctionRun> RunAsync(
        LocalFunction function,
        object triggerValue,
        IReadOnlyDictionary<string, string> variables,
        CancellationToken cancellationToken)
    {
        var invocationId = Guid.NewGuid().ToString();
        var started = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        using var logScope = logger.BeginScope("Invocation {InvocationId}", invocationId);
        try
        {
            await function.InvokeAsync(scope.ServiceProvider, new InvocationInput(invocationId, triggerValue, variables, cancellationToken));
            var run = new FunctionRun(function.Name, invocationId, true, null, Stopwatch.GetElapsedTime(started));
            LogSucceeded(logger, function.Name, invocationId, run.Duration.TotalMilliseconds);
            return run;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var run = new FunctionRun(function.Name, invocationId, false, $"{e.GetType().Name}: {e.Message}", Stopwatch.GetElapsedTime(started));
            LogFailed(logger, e, function.Name, invocationId, run.Duration.TotalMilliseconds);
            return run;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Executed '{Function}' (Succeeded, Id={InvocationId}, Duration={ElapsedMs:0}ms)")]
    private static partial void LogSucceeded(ILogger logger, string function, string invocationId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Executed '{Function}' (Failed, Id={InvocationId}, Duration={ElapsedMs:0}ms)")]
    private static partial void LogFailed(ILogger logger, Exception exception, string function, string invocationId, double elapsedMs);
}
