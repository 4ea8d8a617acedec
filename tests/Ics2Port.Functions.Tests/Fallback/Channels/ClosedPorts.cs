namespace Ics2Port.Functions.Tests.Fallback.Channels;

using System.Net;
using System.Net.Sockets;

/// <summary>Loopback ports where nothing listens, or where something listens and never answers.</summary>
internal static class ClosedPorts
{
    /// <summary>A port that was free a moment ago; connecting to it is refused.</summary>
    public static int Refusing()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A listener that accepts connections and never says anything.</summary>
    public static TcpListener Silent()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }
}
