namespace Ics2Port.Functions.Hosting;

using Azure;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Storage.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// <c>GET /api/health</c>: whether this instance can reach its storage. No API key, because monitors probe it;
/// in Azure the function key still guards it. It reveals no data, only "ok" or "unavailable".
/// </summary>
[Tags("Health")]
public sealed partial class HealthFunctions(ApiGateway api, StorageLayout layout, TimeProvider clock, ILogger<HealthFunctions> logger)
{
    [Function("GetHealth")]
    [AllowAnonymous]
    [EndpointSummary("Whether the app can reach its storage (200) or not (503); no API key, so that monitors can probe it.")]
    [EndpointDescription("In Azure the Functions host still asks for the function key. The answer reveals no data.")]
    [ProducesResponseType<HealthReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<HealthReport>(StatusCodes.Status503ServiceUnavailable)]
    public Task<ApiResult> CheckAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "health")] HttpRequest request) =>
        api.AnonymousAsync(request, CheckStorageAsync);

    private async Task<ApiOutcome> CheckStorageAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        try
        {
            // A point read of a row that never exists: one cheap round trip that needs the table and the credentials.
            await layout.Tables.GetTableClient(layout.PortCallsTable).FindAsync("health", "probe", cancellationToken);
            return ApiOutcome.Ok(new HealthReport("ok", "ok", clock.GetElapsedTime(started).TotalMilliseconds));
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(logger, e);
            return new ApiOutcome(StatusCodes.Status503ServiceUnavailable, new HealthReport("unavailable", "unavailable", clock.GetElapsedTime(started).TotalMilliseconds));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: storage unavailable")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);

    public sealed record HealthReport(string Status, string Storage, double DurationMs);
}
