namespace Ics2Port.LocalHost.Admin;

using Ics2Port.LocalHost.Functions;

/// <summary>
/// <c>POST /admin/functions/{name}</c> runs a non-HTTP function once, now, as Core Tools does: <c>202</c> at once and
/// the run in the background (its outcome in the log). The input is ignored for a timer, names the blob
/// (<c>container/blob-name</c>) for a blob trigger, and is the message for a queue trigger.
/// </summary>
public static partial class AdminFunctionEndpoints
{
    public static void MapAdminFunctions(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/admin/functions/{name}", Run).ExcludeFromDescription();

    private static IResult Run(
        string name,
        AdminFunctionInput? body,
        OnDemandInvocations invocations,
        IHostApplicationLifetime lifetime,
        ILogger<AdminFunctionInput> logger)
    {
        if (invocations.Prepare(name, body?.Input, out var problem) is not { } run)
        {
            var status = problem.StartsWith("There is no function", StringComparison.Ordinal) ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return Results.Problem(statusCode: status, title: problem);
        }

        _ = Task.Run(() => run(lifetime.ApplicationStopping), lifetime.ApplicationStopping);
        LogQueued(logger, name);
        return Results.Accepted();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Running {Function} on demand")]
    private static partial void LogQueued(ILogger logger, string function);
}
