using System.Net;
using System.Net.Sockets;

namespace Ics2Port.Testing;

/// <summary>Free TCP ports on 127.0.0.1, for servers that must be told their port in advance.</summary>
public static class LoopbackPorts
{
    /// <summary>A port that was free a moment ago (the operating system's pick).</summary>
    /// <returns>The port number.</returns>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
