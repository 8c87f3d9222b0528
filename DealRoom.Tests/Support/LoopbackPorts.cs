using System.Net;
using System.Net.Sockets;

namespace DealRoom.Tests.Support;

/// <summary>Free TCP ports on loopback for servers that take a port number (not a port 0 of their own).</summary>
public static class LoopbackPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
