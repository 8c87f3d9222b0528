using Microsoft.AspNetCore.Components.Server.Circuits;

namespace DealRoom.Web.Features.Presence;

/// <summary>
/// Whether this circuit's browser is connected now. Blazor keeps a circuit whose connection dropped for a few
/// minutes, so the page can come back; meanwhile the room must not show that browser as present.
/// </summary>
public sealed class CircuitConnection
{
    public bool IsConnected { get; private set; } = true;

    /// <summary>Raised with the new value when the browser's connection drops or comes back (not on the dispatcher).</summary>
    public event Action<bool>? Changed;

    internal void Set(bool connected)
    {
        if (IsConnected == connected)
        {
            return;
        }

        IsConnected = connected;
        Changed?.Invoke(connected);
    }
}

/// <summary>Feeds <see cref="CircuitConnection"/> from the circuit's connection events.</summary>
internal sealed class CircuitConnectionHandler(CircuitConnection connection) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        connection.Set(true);
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        connection.Set(false);
        return Task.CompletedTask;
    }
}
