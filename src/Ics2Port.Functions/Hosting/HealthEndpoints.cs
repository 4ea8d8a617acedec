namespace Ics2Port.Functions.Hosting;

using Azure;
using Ics2Port.Storage.Layout;

/// <summary>
/// <c>GET /api/health</c>: whether this instance can reach its storage. No API key, because monitors probe it;
/// in Azure the function key still guards it. It reveals no data, only "ok" or "unavailable".
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/health", CheckAsync)
            .WithName("GetHealth")
            .WithSummary("Whether the app can reach its storage (200) or not (503).")
            .AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> CheckAsync(StorageLayout layout, TimeProvider clock, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        try
        {
            // A point read of a row that never exists: one cheap round trip that needs the table and the credentials.
            await layout.Tables.GetTableClient(layout.PortCallsTable).FindAsync("health", "probe", cancellationToken);
            return TypedResults.Ok(new HealthReport("ok", "ok", clock.GetElapsedTime(started).TotalMilliseconds));
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            loggers.CreateLogger(typeof(HealthEndpoints)).LogWarning(e, "Health check: storage unavailable");
            return TypedResults.Json(new HealthReport("unavailable", "unavailable", clock.GetElapsedTime(started).TotalMilliseconds), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private sealed record HealthReport(string Status, string Storage, double DurationMs);
}
