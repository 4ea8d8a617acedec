namespace Ics2Port.Functions.Hosting;

using System.Globalization;

/// <summary>
/// Where the app listens: the Functions host passes a port in <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and
/// forwards to loopback; <c>--urls</c> or <c>ASPNETCORE_URLS</c> win when given.
/// </summary>
public static class CustomHandlerPort
{
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";
    public const int DefaultPort = 7071;

    public static void Apply(WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            return;
        }

        var port = int.TryParse(builder.Configuration[PortVariable], NumberStyles.None, CultureInfo.InvariantCulture, out var given) ? given : DefaultPort;
        builder.WebHost.UseUrls($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
    }
}
