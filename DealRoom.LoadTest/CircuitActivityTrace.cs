using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace DealRoom.LoadTest;

/// <summary>
/// Times every inbound activity of every circuit (a browser event, a JS interop answer, a render acknowledgement):
/// when it started and ended on this process's Stopwatch, and which circuit. Records only while <see cref="Enabled"/>.
/// </summary>
public sealed class CircuitActivityTrace : CircuitHandler
{
    private readonly ConcurrentQueue<Activity> _activities = new();

    public bool Enabled { get; set; }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (!Enabled)
            {
                await next(context);
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                _activities.Enqueue(new Activity(context.Circuit.Id, started, Stopwatch.GetTimestamp()));
            }
        };

    /// <summary>Takes every activity recorded so far.</summary>
    public List<Activity> Drain()
    {
        var taken = new List<Activity>();
        while (_activities.TryDequeue(out var activity))
        {
            taken.Add(activity);
        }

        return taken;
    }

    /// <summary>One inbound activity of a circuit, Stopwatch timestamps.</summary>
    public sealed record Activity(string CircuitId, long Started, long Ended);
}
