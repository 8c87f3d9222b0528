using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using DealRoom.Web.Infrastructure;

namespace DealRoom.Web.Collaboration;

/// <summary>Holds one <see cref="RoomSession"/> per open room in this process, loading on first use and evicting idle ones.</summary>
public sealed partial class RoomRegistry(
    IOpLog log,
    IRoomBus bus,
    IEnumerable<IRoomObserver> observers,
    IOptions<RoomSessionOptions> options,
    ILoggerFactory loggerFactory,
    TimeProvider clock,
    SubmissionLimiter limiter,
    RoomMetrics metrics,
    IRoomAffinity? affinity = null) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RoomSession?>>> _sessions = new(StringComparer.Ordinal);
    private readonly ILogger _logger = loggerFactory.CreateLogger<RoomRegistry>();

    /// <summary>How this node's rooms were sequenced (conflicts, forwards, take-overs).</summary>
    public SequencingCounters Counters { get; } = new();

    /// <summary>The session of a room, loading it if needed; null if no such room exists.</summary>
    public async Task<RoomSession?> GetAsync(string roomId, CancellationToken cancellationToken)
    {
        var lazy = _sessions.GetOrAdd(roomId, id => new Lazy<Task<RoomSession?>>(() => LoadAsync(id)));
        try
        {
            var session = await lazy.Value.WaitAsync(cancellationToken);
            if (session is null)
            {
                _sessions.TryRemove(new KeyValuePair<string, Lazy<Task<RoomSession?>>>(roomId, lazy));
            }

            return session;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _sessions.TryRemove(new KeyValuePair<string, Lazy<Task<RoomSession?>>>(roomId, lazy));
            throw;
        }
    }

    /// <summary>The sessions loaded now (for cross-node wake-ups and eviction).</summary>
    public RoomSession? Loaded(string roomId) =>
        _sessions.TryGetValue(roomId, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully
            ? lazy.Value.Result
            : null;

    /// <summary>Closes sessions that nobody has used for a while.</summary>
    public async Task EvictIdleAsync()
    {
        foreach (var (roomId, lazy) in _sessions)
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully && lazy.Value.Result is { } session
                && session.IsIdle(options.Value.IdleEviction)
                && _sessions.TryRemove(new KeyValuePair<string, Lazy<Task<RoomSession?>>>(roomId, lazy)))
            {
                await session.DisposeAsync();
                LogEvicted(roomId);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in _sessions.Values)
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully && lazy.Value.Result is { } session)
            {
                await session.DisposeAsync();
            }
        }

        _sessions.Clear();
    }

    private async Task<RoomSession?> LoadAsync(string roomId)
    {
        var load = await log.LoadAsync(roomId, CancellationToken.None);
        if (load is null)
        {
            return null;
        }

        LogLoaded(roomId, load.State.Version);
        var session = new RoomSession(
            load, log, bus, options.Value, loggerFactory.CreateLogger<RoomSession>(), clock, affinity, Counters, limiter, metrics);
        foreach (var observer in observers)
        {
            observer.Attach(session);
        }

        return session;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Room {RoomId} loaded at version {Version}")]
    private partial void LogLoaded(string roomId, long version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Room {RoomId} evicted after being idle")]
    private partial void LogEvicted(string roomId);
}
