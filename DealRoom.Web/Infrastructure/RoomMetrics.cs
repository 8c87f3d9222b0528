using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DealRoom.Web.Infrastructure;

/// <summary>
/// Where an edit's time goes on the server, as histograms of the <c>DealRoom.Rooms</c> meter
/// (<c>dotnet-counters monitor -p PID --counters DealRoom.Rooms</c> shows their percentiles): waiting in the room's
/// queue, the durable op-log write, and the broadcast. Recording is a few nanoseconds when nobody listens. One per
/// service provider, made from its <see cref="IMeterFactory"/> (so each test host has meters of its own).
/// </summary>
public sealed class RoomMetrics
{
    public const string MeterName = "DealRoom.Rooms";

    public RoomMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        HubSubmit = meter.CreateHistogram<double>(
            "dealroom.hub.submit", "ms", "Time the hub's Submit takes from reading the request to its answer");
        QueueWait = meter.CreateHistogram<double>(
            "dealroom.room.queue_wait", "ms", "Time an operation waits in its room's queue before its batch starts");
        Commit = meter.CreateHistogram<double>(
            "dealroom.room.commit", "ms", "Time a room's batch takes to become durable, the op-log writer's queue included");
        OpLogWrite = meter.CreateHistogram<double>(
            "dealroom.oplog.write", "ms", "Time of one op-log transaction (insert every queued operation, commit)");
        Publish = meter.CreateHistogram<double>(
            "dealroom.room.publish", "ms", "Time to hand a committed batch to its listeners (hub broadcast, pages)");
        Forward = meter.CreateHistogram<double>(
            "dealroom.room.forward", "ms", "Time from forwarding a submission to the room's owner node to its answer");
        BatchSize = meter.CreateHistogram<int>(
            "dealroom.room.batch_size", "{operation}", "Operations committed per batch of a room");
    }

    /// <summary>Meters that record into the void: for a component built outside a service provider (a unit test).</summary>
    public static RoomMetrics Detached { get; } = new(new DetachedMeterFactory());

    /// <summary>The hub's Submit: request read → answer ready (authorization, parse, queue, commit).</summary>
    public Histogram<double> HubSubmit { get; }

    /// <summary>Submit → the room's round takes the operation into a batch.</summary>
    public Histogram<double> QueueWait { get; }

    /// <summary>A batch handed to the op-log writer → durable (the writer's queue included).</summary>
    public Histogram<double> Commit { get; }

    /// <summary>One write of the op-log writer: the transaction for every room's batch queued at that moment.</summary>
    public Histogram<double> OpLogWrite { get; }

    /// <summary>Listeners (the hub broadcast, open pages) of one committed batch.</summary>
    public Histogram<double> Publish { get; }

    /// <summary>With several nodes: a submission forwarded to the room's owner node → the owner's answer (after its commit).</summary>
    public Histogram<double> Forward { get; }

    /// <summary>Operations per committed batch.</summary>
    public Histogram<int> BatchSize { get; }

    public static double Since(long timestamp) => Stopwatch.GetElapsedTime(timestamp).TotalMilliseconds;

    private sealed class DetachedMeterFactory : IMeterFactory
    {
        public Meter Create(MeterOptions options) => new(options);

        public void Dispose()
        {
        }
    }
}
