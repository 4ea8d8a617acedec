namespace Ics2Port.LocalHost;

using System.Globalization;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Logging.Console;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Ics2Port.LocalHost.Admin;
using Ics2Port.LocalHost.Functions;
using Ics2Port.LocalHost.Logging;
using Ics2Port.LocalHost.Server;

/// <summary>
/// Plays the Functions host for the function app's own classes: serves every HTTP function at its route under the
/// <c>host.json</c> prefix, runs blob, queue and timer triggers, and runs a non-HTTP function on demand at
/// <c>POST /admin/functions/{name}</c>. In Azure the Functions host runs the same classes.
/// </summary>
public static class LocalFunctionHost
{
    public const int DefaultPort = 7071;

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(LocalFunctionHost).Assembly.GetName().Name,
            // Settings and host.json sit beside the assembly, wherever it is started from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Azure's tables and containers come from infra/; locally the app makes them once, at start, unless told otherwise.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = [new("Ics2Port:Storage:CreateLayoutOnStart", "true")] });
        // One line per entry whatever the values hold (the settings' Console:FormatterName picks it).
        builder.Logging.AddConsoleFormatter<OneLineConsoleFormatter, SimpleConsoleFormatterOptions>();
        configure?.Invoke(builder);
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{DefaultPort.ToString(CultureInfo.InvariantCulture)}");
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.Use(RejectedRequestProblems.Middleware)));
        builder.Services.AddIcs2Port(builder.Configuration);
        builder.Services.AddLocalFunctions(builder.Configuration);

        var app = builder.Build();
        // The host answers a request no function takes; here in the API's own problem shape.
        app.UseStatusCodePages(context => new ApiResult(ApiProblems.ForStatus(context.HttpContext.Response.StatusCode)).ExecuteAsync(context.HttpContext));
        app.MapGet("/", () => Results.Ok()).ExcludeFromDescription();
        app.MapHttpFunctions(HostJson.RoutePrefix(builder.Environment.ContentRootPath));
        app.MapAdminFunctions();
        return app;
    }
}
