namespace Ics2Port.PeerSimulators;

/// <summary>
/// Runs both simulators from the command line, e.g.
/// <c>dotnet run --project tools/Ics2Port.PeerSimulators -- --urls http://127.0.0.1:7072</c>.
/// </summary>
public static class PeerSimulatorProgram
{
    public static async Task Main(string[] args)
    {
        var app = PeerSimulatorApp.Create(args);
        await app.RunAsync().ConfigureAwait(false);
    }
}
