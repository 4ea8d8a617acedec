namespace Ics2Port.PeerSimulators;

using Ics2Port.PeerSimulators.Control;
using Ics2Port.PeerSimulators.Eds;
using Ics2Port.PeerSimulators.PortSystem;

/// <summary>One web app serving the port-system simulator under <c>/port-system</c>, the EDS simulator under <c>/eds</c> and their control API under <c>/_control</c>.</summary>
public static class PeerSimulatorApp
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PeerAvailability>();
        builder.Services.AddSingleton<PortSystemInbox>();
        builder.Services.AddSingleton<PortSystemAnswers>();
        builder.Services.AddSingleton<EdsInbox>();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapGet("/", () => Results.Ok(new { peers = new[] { PeerNames.PortSystem, PeerNames.Eds } }));
        app.MapPortSystem();
        app.MapEds();
        app.MapControl();
        return app;
    }
}
