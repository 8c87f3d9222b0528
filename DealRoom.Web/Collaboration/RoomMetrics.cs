using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// Where an edit's time goes on the server, as histograms of the <c>DealRoom.Rooms</c> meter
/// (<c>dotnet-counters monitor -p PID --counters DealRoom.Rooms</c> shows their percentiles): waiting in the room's
/// queue, the durable op-log write, and the broadcast. Recording is a few nanoseconds when nobody listens.
/// </summary>
public static class RoomMetrics
{
    public const string MeterName = "DealRoom.Rooms";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>The hub's Submit: request read → answer ready (authorization, parse, queue, commit).</summary>
    public static readonly Histogram<double> HubSubmit = Meter.CreateHistogram<double>(
        "dealroom.hub.submit", "ms", "Time the hub's Submit takes from reading the request to its answer");

    /// <summary>Submit → the room's loop takes the operation into a batch.</summary>
    public static readonly Histogram<double> QueueWait = Meter.CreateHistogram<double>(
        "dealroom.room.queue_wait", "ms", "Time an operation waits in its room's queue before its batch starts");

    /// <summary>A batch handed to the op-log writer → durable (the writer's queue included).</summary>
    public static readonly Histogram<double> Commit = Meter.CreateHistogram<double>(
        "dealroom.room.commit", "ms", "Time a room's batch takes to become durable, the op-log writer's queue included");

    /// <summary>One write of the op-log writer: the transaction for every room's batch queued at that moment.</summary>
    public static readonly Histogram<double> OpLogWrite = Meter.CreateHistogram<double>(
        "dealroom.oplog.write", "ms", "Time of one op-log transaction (insert every queued operation, commit)");

    /// <summary>Listeners (the hub broadcast, open pages) of one committed batch.</summary>
    public static readonly Histogram<double> Publish = Meter.CreateHistogram<double>(
        "dealroom.room.publish", "ms", "Time to hand a committed batch to its listeners (hub broadcast, pages)");

    /// <summary>With several nodes: a submission forwarded to the room's owner node → the owner's answer (after its commit).</summary>
    public static readonly Histogram<double> Forward = Meter.CreateHistogram<double>(
        "dealroom.room.forward", "ms", "Time from forwarding a submission to the room's owner node to its answer");

    /// <summary>Operations per committed batch.</summary>
    public static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>(
        "dealroom.room.batch_size", "{operation}", "Operations committed per batch of a room");

    public static double Since(long timestamp) => Stopwatch.GetElapsedTime(timestamp).TotalMilliseconds;
}
