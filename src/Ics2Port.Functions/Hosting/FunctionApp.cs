namespace Ics2Port.Functions.Hosting;

using Ics2Port.Functions.Documents;
using Ics2Port.Functions.Fallback.Availability;
using Ics2Port.Functions.Fallback.Cases;
using Ics2Port.Functions.HsCodes;
using Ics2Port.Functions.OpenApi;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Permits;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Functions.Problems;
using Ics2Port.Functions.Triggers.Invocation;

/// <summary>
/// Builds the app the Functions host forwards to: one builder for the executable and for tests, which
/// start it on a free loopback port with their own settings.
/// </summary>
public static class FunctionApp
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(FunctionApp).Assembly.GetName().Name,
            // The host starts "dotnet Ics2Port.Functions.dll" from the function app root; settings sit beside the assembly.
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);
        CustomHandlerPort.Apply(builder);
        builder.Services.AddIcs2Port(builder.Configuration);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages(context => ApiProblems.ForStatus(context.HttpContext.Response.StatusCode).ToResult().ExecuteAsync(context.HttpContext));
        app.UseAuthentication();
        app.UseMiddleware<InvocationScopeMiddleware>();
        app.UseAuthorization();

        // The host's readiness probe: any answer will do, so it must not need a key or storage.
        app.MapGet("/", () => TypedResults.Ok()).ExcludeFromDescription();
        app.MapIcs2PortOpenApi();
        app.MapPortCalls();
        app.MapDocuments();
        app.MapPermits();
        app.MapHsCodes();
        app.MapHealth();
        app.MapSystemStatus();
        app.MapFallback();
        app.MapTriggerInvocations();
        return app;
    }
}
