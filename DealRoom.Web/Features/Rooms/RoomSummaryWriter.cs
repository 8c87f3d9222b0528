using System.Collections.Concurrent;
using System.Diagnostics;
using DealRoom.Domain.Accounts;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Persistence;
using Microsoft.Extensions.Options;

namespace DealRoom.Web.Features.Rooms;

/// <summary>
/// Keeps the stored room summaries current. A room session that opens on this node, and every commit it hears of (its
/// own or another node's), marks its room; every <c>Rooms:SummaryInterval</c> the marked rooms' summaries are
/// written in one transaction, between two of the op-log writer's, and once more when the node stops. A room
/// evicted before the next write is written with its last state. A failed write is retried on the next tick.
/// </summary>
public sealed partial class RoomSummaryWriter(
    RoomSummaryStore store,
    OpLogWriter writer,
    IOptions<RoomSessionOptions> options,
    ILogger<RoomSummaryWriter> logger) : BackgroundService, IRoomObserver
{
    private readonly ConcurrentDictionary<string, RoomSession> _changed = new(StringComparer.Ordinal);

    public void Attach(RoomSession session)
    {
        // An account's own sequencer is not a deal room: it has no summary and is listed nowhere.
        if (AccountRoomIds.IsAccountRoom(session.RoomId))
        {
            return;
        }

        _changed[session.RoomId] = session;
        session.Subscribe(background: true, listener: _ =>
        {
            _changed[session.RoomId] = session;
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>Writes the summaries of the rooms changed since the last write.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var taken = new List<RoomSession>();
        foreach (var entry in _changed)
        {
            if (_changed.TryRemove(entry))
            {
                taken.Add(entry.Value);
            }
        }

        try
        {
            var started = Stopwatch.GetTimestamp();
            // Between op-log transactions, never beside one (see OpLogWriter.WriteBetweenAsync).
            RoomSummary[] summaries = [.. taken.Select(Summarize)];
            await writer.WriteBetweenAsync(() => store.SaveAsync(summaries, cancellationToken));
            if (taken.Count > 0)
            {
                LogWritten(taken.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            foreach (var session in taken)
            {
                _changed.TryAdd(session.RoomId, session);
            }

            LogWriteFailed(ex, taken.Count);
        }
    }

    // Gaps read before the state: at worst they lag the state by the batch in flight, whose commit marks the room
    // again, so the next write is exact.
    private static RoomSummary Summarize(RoomSession session)
    {
        var gaps = session.Gaps;
        return RoomSummary.ForTeam(session.State, gaps);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SummaryInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await FlushAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stored {Count} room summaries in {Milliseconds:0.0} ms")]
    private partial void LogWritten(int count, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store {Count} room summaries; retrying on the next tick")]
    private partial void LogWriteFailed(Exception ex, int count);
}
