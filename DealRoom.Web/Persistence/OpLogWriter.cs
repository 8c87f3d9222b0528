using System.Threading.Channels;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;

namespace DealRoom.Web.Persistence;

/// <summary>
/// The one writer of the op log in this process. Rooms hand it their committed batches; it writes everything queued
/// at that moment, across rooms, in one transaction: one disk flush for many rooms instead of one per room, and no
/// two writers colliding on SQLite's single write lock. When a combined write fails on a conflict (another node took
/// a version), each room's batch is retried alone, so only the room that conflicted hears of it.
/// </summary>
public sealed partial class OpLogWriter : IAsyncDisposable
{
    private const int MaxOperationsPerTransaction = 2_000;

    private readonly Channel<Request> _queue = Channel.CreateUnbounded<Request>(new UnboundedChannelOptions { SingleReader = true });
    private readonly RoomStore _store;
    private readonly ILogger<OpLogWriter> _logger;
    private readonly Task _loop;

    public OpLogWriter(RoomStore store, ILogger<OpLogWriter> logger)
    {
        _store = store;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Appends one room's batch; completes when it is durable, or throws (e.g. <see cref="OpLogConflictException"/>).</summary>
    public Task AppendAsync(string roomId, IReadOnlyList<CommittedOperation> operations)
    {
        if (operations.Count == 0)
        {
            return Task.CompletedTask;
        }

        var request = new Request(roomId, operations, null);
        return _queue.Writer.TryWrite(request) ? request.Done.Task : Task.FromException(new ObjectDisposedException(nameof(OpLogWriter)));
    }

    /// <summary>Saves a snapshot between op-log writes, so it never competes with them for the write lock.</summary>
    public Task SaveSnapshotAsync(RoomState state)
    {
        var request = new Request(state.RoomId, [], state);
        return _queue.Writer.TryWrite(request) ? request.Done.Task : Task.FromException(new ObjectDisposedException(nameof(OpLogWriter)));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var appends = new List<Request>();
        var snapshots = new List<Request>();
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            appends.Clear();
            snapshots.Clear();
            var count = 0;
            while (count < MaxOperationsPerTransaction && _queue.Reader.TryRead(out var request))
            {
                if (request.Snapshot is null)
                {
                    appends.Add(request);
                    count += request.Operations.Count;
                }
                else
                {
                    snapshots.Add(request);
                }
            }

            await WriteAppendsAsync(appends).ConfigureAwait(false);
            foreach (var snapshot in snapshots)
            {
                await CompleteAsync(snapshot, () => _store.SaveSnapshotAsync(snapshot.Snapshot!, CancellationToken.None)).ConfigureAwait(false);
            }
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
            await _store.AppendManyAsync(appends.Select(a => (a.RoomId, a.Operations)), CancellationToken.None).ConfigureAwait(false);
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
                await CompleteAsync(request, () => _store.AppendAsync(request.RoomId, request.Operations, CancellationToken.None)).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            appends[0].Done.TrySetException(ex);
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

    private sealed record Request(string RoomId, IReadOnlyList<CommittedOperation> Operations, RoomState? Snapshot)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
