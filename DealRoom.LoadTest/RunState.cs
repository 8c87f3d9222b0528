using System.Diagnostics;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.LoadTest;

/// <summary>Counters shared by every client of one scenario; only operations submitted while measuring count.</summary>
public sealed class RunState(ScenarioResult result)
{
    private static readonly HashSet<string> RaceCodes = new(StringComparer.Ordinal)
    {
        ErrorCodes.NotFound, ErrorCodes.DuplicateLink, ErrorCodes.SelfLink, ErrorCodes.DuplicateId,
    };

    private long _acknowledged;
    private long _refused;
    private long _errors;
    private volatile bool _measuring;

    public FanOutTracker Tracker { get; } = new();

    public LatencyStats Ack { get; } = new();

    public bool Measuring
    {
        get => _measuring;
        set => _measuring = value;
    }

    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    public long Refused => Interlocked.Read(ref _refused);

    public long Errors => Interlocked.Read(ref _errors);

    public void Error(string what)
    {
        Interlocked.Increment(ref _errors);
        result.Problem(what);
    }

    /// <summary>Submits one operation, timing the ack and registering it for fan-out timing.</summary>
    public async Task<SubmitOutcome?> SubmitAsync(LoadClient client, Operation operation, int receivers, bool trackFanOut = true)
    {
        var opId = Ids.New("op");
        var measuring = _measuring;
        var started = Stopwatch.GetTimestamp();
        if (measuring && trackFanOut)
        {
            Tracker.Submitted(opId, client.Id, receivers, started);
        }

        SubmitOutcome outcome;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            outcome = await client.SubmitAsync(operation, opId, timeout.Token);
        }
        catch (Exception ex)
        {
            Tracker.Cancelled(opId);
            Error($"submit {operation.Type}: {ex.GetType().Name}: {ex.Message}");
            return null;
        }

        if (outcome.Ok)
        {
            if (measuring)
            {
                Ack.AddSince(started);
                Interlocked.Increment(ref _acknowledged);
            }

            return outcome;
        }

        Tracker.Cancelled(opId);
        if (RaceCodes.Contains(outcome.ErrorCode!))
        {
            Interlocked.Increment(ref _refused);
        }
        else
        {
            Error($"submit {operation.Type} refused: {outcome.ErrorCode}");
        }

        return outcome;
    }

    /// <summary>Copies the counters and latencies into the result.</summary>
    public void Report(ScenarioResult into, double measuredSeconds, bool fanOut)
    {
        into.MeasuredSeconds = measuredSeconds;
        into.Acknowledged = Acknowledged;
        into.Ack = Ack.Summarize();
        into.Refused = Refused;
        into.Errors = Errors;
        if (fanOut)
        {
            into.FanOutAllReceived = Tracker.AllReceived.Summarize();
            into.FanOutPerDelivery = Tracker.PerDelivery.Summarize();
            into.Undelivered = Tracker.Undelivered;
        }
    }
}
