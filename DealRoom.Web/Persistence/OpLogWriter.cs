using System.Collections.Concurrent;
using System.Diagnostics;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Infrastructure;

namespace DealRoom.Web.Persistence;

/// <summary>
/// The one writer of the op log in this process. Rooms hand it their committed batches; it writes everything queued
/// at that moment, across rooms, in one transaction: one disk flush for many rooms instead of one per room, and no
/// two writers colliding on SQLite's single write lock. When a combined write fails on a conflict (another node took
/// a version), each room's batch is retried alone, so only the room that conflicted hears of it.
/// </summary>
/// <remarks>
/// There is no writer thread: the first caller that finds the writer free writes, on its own thread, whatever is
/// queued (its batch included), while callers that arrive meanwhile queue and wait (flat combining). An edit in a
/// quiet room therefore costs no thread hand-off on its way to the disk and back; a busy process still gets one
/// transaction for many rooms. If batches are left queued when a write ends, a pool task takes them on.
/// </remarks>
public sealed partial class OpLogWriter : IAsyncDisposable
{
    private const int MaxOperationsPerTransaction = 2_000;

    private readonly ConcurrentQueue<Request> _queue = new();
    private readonly RoomStore _store;
    private readonly RoomMetrics _metrics;
    private readonly ILogger<OpLogWriter> _logger;
    private readonly List<Request> _appends = [];
    private readonly List<Request> _between = [];
    private readonly RoundRunner _writer;
    private OpLogAppender? _appender;
    private volatile bool _disposed;

    public OpLogWriter(RoomStore store, ILogger<OpLogWriter> logger, RoomMetrics? metrics = null)
    {
        _store = store;
        _metrics = metrics ?? RoomMetrics.Detached;
        _logger = logger;
        _writer = new RoundRunner(WriteQueuedAsync, () => !_queue.IsEmpty);
    }

    /// <summary>Appends one room's batch; completes when it is durable, or throws (e.g. <see cref="OpLogConflictException"/>).</summary>
    public Task AppendAsync(string roomId, IReadOnlyList<CommittedOperation> operations) =>
        operations.Count == 0 ? Task.CompletedTask : SubmitAsync(new Request(roomId, operations, null));

    /// <summary>Saves a snapshot between op-log writes, so it never competes with them for the write lock.</summary>
    public Task SaveSnapshotAsync(RoomState state) =>
        WriteBetweenAsync(() => _store.SaveSnapshotAsync(state, CancellationToken.None));

    /// <summary>
    /// Runs another write (a snapshot, the room summaries) between two op-log transactions, never beside one. On
    /// SQLite a second writer does not only wait for the write lock: Microsoft.Data.Sqlite meets a busy database by
    /// sleeping and retrying (in steps of ~150 ms), so a write that meets another one waits far longer than the other
    /// takes. Measured under <c>rooms100</c>: 100 summaries written beside the op log took 159–160 ms; between its
    /// transactions, 3–40 ms, waiting for the writer included.
    /// </summary>
    public Task WriteBetweenAsync(Func<Task> write) => SubmitAsync(new Request(string.Empty, [], write));

    /// <summary>Refuses new batches, waits for the write in progress, and writes whatever is still queued.</summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await _writer.StopAsync().ConfigureAwait(false);
        await CloseAppenderAsync().ConfigureAwait(false);
    }

    private async Task SubmitAsync(Request request)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _queue.Enqueue(request);
        _writer.Kick(runOnCaller: true);
        await request.Done.Task.ConfigureAwait(false);
    }

    /// <summary>One round of the writer: one transaction for the queued batches, then the other queued writes.</summary>
    private async Task WriteQueuedAsync()
    {
        _appends.Clear();
        _between.Clear();
        var count = 0;
        while (count < MaxOperationsPerTransaction && _queue.TryDequeue(out var request))
        {
            if (request.Other is null)
            {
                _appends.Add(request);
                count += request.Operations.Count;
            }
            else
            {
                _between.Add(request);
            }
        }

        await WriteAppendsAsync(_appends).ConfigureAwait(false);
        foreach (var other in _between)
        {
            await CompleteAsync(other, other.Other!).ConfigureAwait(false);
        }
    }

    private async Task WriteAppendsAsync(List<Request> appends)
    {
        if (appends.Count == 0)
        {
            return;
        }

        try
        {
            var writing = Stopwatch.GetTimestamp();
            await AppendAsync(appends.Select(a => (a.RoomId, a.Operations))).ConfigureAwait(false);
            _metrics.OpLogWrite.Record(RoomMetrics.Since(writing));
            foreach (var request in appends)
            {
                request.Done.TrySetResult();
            }
        }
        catch (Exception ex) when (appends.Count > 1)
        {
            // Find the room that failed: write each batch alone; the others still commit.
            LogCombinedWriteFailed(ex, appends.Count);
            foreach (var request in appends)
            {
                await CompleteAsync(request, () => AppendAsync([(request.RoomId, request.Operations)])).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            appends[0].Done.TrySetException(ex);
        }
    }

    /// <summary>With the writer held: one transaction on the writer's own connection, reopened after any failure.</summary>
    private async Task AppendAsync(IEnumerable<(string RoomId, IReadOnlyList<CommittedOperation> Operations)> batches)
    {
        _appender ??= await _store.OpenAppenderAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await _appender.AppendAsync(batches, CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            // A conflict leaves the connection usable, but a broken connection looks the same from here: start afresh.
            await CloseAppenderAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task CloseAppenderAsync()
    {
        if (_appender is { } appender)
        {
            _appender = null;
            await appender.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task CompleteAsync(Request request, Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(false);
            request.Done.TrySetResult();
        }
        catch (Exception ex)
        {
            request.Done.TrySetException(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A combined op-log write of {Count} rooms failed; writing each room alone")]
    private partial void LogCombinedWriteFailed(Exception ex, int count);

    /// <summary>A room's batch to append, or (with <paramref name="Other"/>) another write to run between appends.</summary>
    private sealed record Request(string RoomId, IReadOnlyList<CommittedOperation> Operations, Func<Task>? Other)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
