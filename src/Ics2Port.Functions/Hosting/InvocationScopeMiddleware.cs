namespace Ics2Port.Functions.Hosting;

using System.Diagnostics;
using Ics2Port.Functions.Access;

/// <summary>
/// Opens the log scope of a request: the Functions invocation id (or the trace id outside the host)
/// and the principal, so every line a request writes can be found together.
/// </summary>
public sealed class InvocationScopeMiddleware(RequestDelegate next, ILogger<InvocationScopeMiddleware> logger)
{
    public const string InvocationIdHeader = "X-Azure-Functions-InvocationId";
    private const int MaxIdLength = 64;

    public async Task InvokeAsync(HttpContext context)
    {
        var invocationId = context.Request.Headers[InvocationIdHeader].ToString();
        if (string.IsNullOrEmpty(invocationId))
        {
            invocationId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        }

        var principal = Principal.FromClaims(context.User);
        using var invocation = logger.BeginScope("Invocation {InvocationId}", invocationId.Length > MaxIdLength ? invocationId[..MaxIdLength] : invocationId);
        using var caller = principal?.AgentId is { } agentId
            ? logger.BeginScope("Agent {AgentId}", agentId)
            : logger.BeginScope("{Principal}", principal?.ToString() ?? "anonymous");
        await next(context);
    }
}
