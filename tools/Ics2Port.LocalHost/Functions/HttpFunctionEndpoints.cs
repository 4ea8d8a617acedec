namespace Ics2Port.LocalHost.Functions;

using System.Globalization;
using Ics2Port.Functions.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;

/// <summary>
/// Serves each HTTP function at its route and methods, as the host does: the invocation id in the header the worker
/// reads, route values bound by name, and the returned result executed on the response.
/// </summary>
public static partial class HttpFunctionEndpoints
{
    public static void MapHttpFunctions(this WebApplication app, string routePrefix)
    {
        var catalog = app.Services.GetRequiredService<LocalFunctionCatalog>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpFunctionEndpoints));
        ((IEndpointRouteBuilder)app).DataSources.Add(FunctionEndpoints.Create(routePrefix, function => context => InvokeAsync(catalog.Find(function.Name)!, context, logger)));
    }

    private static async Task InvokeAsync(LocalFunction function, HttpContext context, ILogger logger)
    {
        var invocationId = context.Request.Headers[ApiGateway.InvocationIdHeader].ToString();
        if (string.IsNullOrEmpty(invocationId))
        {
            invocationId = Guid.NewGuid().ToString();
            context.Request.Headers[ApiGateway.InvocationIdHeader] = invocationId;
        }

        var variables = context.Request.RouteValues
            .ToDictionary(value => value.Key, value => Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        var result = await function.InvokeAsync(context.RequestServices, new InvocationInput(invocationId, context.Request, variables, context.RequestAborted));
        switch (result)
        {
            case IActionResult action:
                await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
                break;
            case IResult answer:
                await answer.ExecuteAsync(context);
                break;
            default:
                // The worker logs "no HTTP response returned" and the host answers 500; so does this.
                LogNoResponse(logger, function.Name, invocationId);
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} ({InvocationId}) returned no HTTP response")]
    private static partial void LogNoResponse(ILogger logger, string function, string invocationId);
}
