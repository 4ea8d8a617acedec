using Ics2Port.Functions.Triggers.Envelopes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ics2Port.Functions.Triggers.Invocation;

/// <summary>
/// <c>POST /{FunctionName}</c>: how the Functions host invokes a blob, timer or queue function of a custom handler
/// (only HTTP functions are proxied to their own routes). Answers the host's <c>{ Outputs, Logs, ReturnValue }</c>.
/// </summary>
public static class TriggerInvocationEndpoints
{
    public const string InvocationIdHeader = Hosting.InvocationScopeMiddleware.InvocationIdHeader;

    public static IEndpointRouteBuilder MapTriggerInvocations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/{functionName}", InvokeAsync)
            .WithName("InvokeTriggerFunction")
            .WithSummary("Invokes a blob, timer or queue function with the Functions host's envelope.")
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<JsonHttpResult<InvocationResponse>> InvokeAsync(
        string functionName,
        HttpContext context,
        TriggerDispatcher dispatcher)
    {
        var result = await dispatcher.DispatchAsync(
            functionName,
            context.Request.Body,
            context.Request.Headers[InvocationIdHeader].FirstOrDefault(),
            context.RequestServices,
            context.RequestAborted);
        return TypedResults.Json(result.Response, EnvelopeJson.Options, statusCode: result.StatusCode);
    }
}
