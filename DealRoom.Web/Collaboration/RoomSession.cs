using System.Threading.Channels;
using DealRoom.Domain.Accounts;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Infrastructure;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// The one authority of an open room in this process. Submissions are queued and taken one round at a time: checked
/// against their grant, validated and applied in one total order, committed to the op log (a batch per transaction), then acknowledged, then pushed
/// to listeners. No lock is held across I/O; readers see an immutable <see cref="State"/>.
/// </summary>
public sealed partial class RoomSession : IAsyncDisposable
{
    private const int MaxConflictRetries = 10;

    private readonly Channel<WorkItem> _queue = Channel.CreateUnbounded<WorkItem>();
    private readonly RoundRunner _sequencer;
    private readonly IOpLog _log;
    private readonly RoomMetrics _metrics;
    private readonly IRoomBus _bus;
    private readonly RoomSessionOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private bool _closed;
    private readonly SequencingCounters _counters;
    private readonly RecentOperations _recent;
    private readonly List<Func<RoomUpdate, ValueTask>> _listeners = [];
    private readonly List<Func<RoomUpdate, ValueTask>> _backgroundListeners = [];
    private readonly Lock _listenersLock = new();
    private volatile RoomState _state;
    private volatile GapReport _gaps;
    private volatile AccountFacts? _account;
    private volatile RoomState? _customerView;
    private long _snapshotVersion;
    private long _lastActivity;

    internal RoomSession(
        RoomLoad load,
        IOpLog log,
        IRoomBus bus,
        RoomSessionOptions options,
        ILogger logger,
        TimeProvider clock,
        IRoomAffinity? affinity = null,
        SequencingCounters? counters = null,
        SubmissionLimiter? limiter = null,
        RoomMetrics? metrics = null)
    {
        RoomId = load.RoomId;
        _state = load.State;
        _account = load.Account;
        _experts = load.Experts;
        _gaps = GapEngine.Evaluate(load.State, load.Account, load.Experts, clock.GetUtcNow());
        _snapshotVersion = load.SnapshotVersion;
        _log = log;
        _bus = bus;
        _options = options;
        _logger = logger;
        _clock = clock;
        _affinity = affinity;
        Limiter = limiter;
        _metrics = metrics ?? RoomMetrics.Detached;
        _counters = counters ?? new SequencingCounters();
        _recent = new RecentOperations(options.RecentOperations);
        _recent.AddOpIds(load.OpIds);
        _recent.AddRange(load.RecentOperations);
        _lastActivity = clock.GetTimestamp();
        Presence = new RoomPresence(clock);
        Signals = new RoomSignals(clock);
        _sequencer = new RoundRunner(RunRoundAsync, () => _queue.Reader.Count > 0);
    }

    public string RoomId { get; }

    /// <summary>
    /// What the gap rules know of the room's account. A change (a new account lead) is used from the room's next
    /// round on: the gap report follows the room's next edit, never in the middle of a round.
    /// </summary>
    public AccountFacts? Account
    {
        get => _account;
        set => _account = value;
    }

    /// <summary>The latest committed state.</summary>
    public RoomState State => _state;

    /// <summary>The gaps of the latest committed state (team only).</summary>
    public GapReport Gaps => _gaps;

    /// <summary>Who is in the room now, and what each has selected.</summary>
    public RoomPresence Presence { get; }

    /// <summary>Live drags and pointers: ephemeral, throttled, apart from the presence list.</summary>
    public RoomSignals Signals { get; }

    /// <summary>The node's limits on how fast one connection and one user may submit (none when null).</summary>
    internal SubmissionLimiter? Limiter { get; }

    /// <summary>
    /// Lets someone into the room: the one gate for every entry point. The participant submits in the grant's name
    /// and sees the room only in its audience's form; it is in the presence list once it <see cref="RoomParticipant.Enter"/>s.
    /// </summary>
    /// <param name="grant">Who the participant is and what they may do.</param>
    /// <param name="connectionId">Its connection (a hub connection id, a circuit's own id).</param>
    /// <param name="rateLimited">
    /// False only for the server's own work in one authorised request (an import), which the per-person submission
    /// limits are not meant for.
    /// </param>
    public RoomParticipant Join(RoomGrant grant, string connectionId, bool rateLimited = true)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentException.ThrowIfNullOrEmpty(connectionId);
        return new RoomParticipant(this, grant, connectionId, rateLimited);
    }

    /// <summary>The latest committed state as an audience sees it (the customers' projection is made once per version).</summary>
    public RoomState ViewFor(ParticipantKind audience)
    {
        var state = _state;
        if (audience != ParticipantKind.Customer)
        {
            return state;
        }

        var cached = _customerView;
        if (cached?.Version == state.Version)
        {
            return cached;
        }

        var projected = Domain.Audience.CustomerProjection.Project(state);
        _customerView = projected;
        return projected;
    }

    internal bool IsIdle(TimeSpan idleFor)
    {
        lock (_listenersLock)
        {
            return _listeners.Count == 0 && Presence.Count == 0
                && _clock.GetElapsedTime(Interlocked.Read(ref _lastActivity)) > idleFor;
        }
    }

    /// <summary>Queues an operation; completes after it is committed (or refused).</summary>
    /// <param name="submission">The operation, its opId and its already authorised author.</param>
    /// <param name="cancellationToken">Stops waiting for the answer (the operation may still commit).</param>
    /// <param name="runOnCaller">
    /// When the room is idle, sequence this operation on the calling thread instead of waking a pool thread: the hub's
    /// Submit and a room page's edit do (the round runs outside the caller's synchronization context, and the gap rules
    /// and the hub's sends move to a pool thread once the pages have the update). A thread that must not block (a
    /// Redis callback) leaves it false.
    /// </param>
    public Task<SubmitResult> SubmitAsync(Submission submission, CancellationToken cancellationToken = default, bool runOnCaller = false)
    {
        ArgumentNullException.ThrowIfNull(submission);
        Interlocked.Exchange(ref _lastActivity, _clock.GetTimestamp());
        if (!Ids.IsValid(submission.OpId))
        {
            return Task.FromResult(new SubmitResult(submission.OpId ?? string.Empty, _state.Version,
                new RoomError(ErrorCodes.InvalidId, "An opId must be 1 to 64 characters of letters, digits, '-', '_', '.' or ':'.", "opId")));
        }

        // With several nodes, one of them sequences the room; the others hand it their submissions.
        return IsWriter ? EnqueueAsync(submission, cancellationToken, runOnCaller) : SubmitThroughOwnerAsync(submission, cancellationToken);
    }

    private Task<SubmitResult> EnqueueAsync(Submission submission, CancellationToken cancellationToken, bool runOnCaller = false)
    {
        var item = new WorkItem(submission);
        if (!Enqueue(item, runOnCaller))
        {
            return Task.FromResult(new SubmitResult(submission.OpId, _state.Version,
                new RoomError(ErrorCodes.Unavailable, "The room is closing; resubmit in a moment with the same opId.")));
        }

        return cancellationToken.CanBeCanceled ? item.Completion.Task.WaitAsync(cancellationToken) : item.Completion.Task;
    }

    /// <summary>The operations after <paramref name="sinceVersion"/>, or a snapshot when the caller is too far behind.</summary>
    public async Task<CatchUp> GetChangesSinceAsync(long sinceVersion, CancellationToken cancellationToken)
    {
        var state = _state;
        if (sinceVersion < 0 || sinceVersion > state.Version || state.Version - sinceVersion > _options.MaxCatchUpOperations)
        {
            return new CatchUp(state.Version, null, state);
        }

        if (_recent.TryGetSince(sinceVersion, state.Version, out var operations))
        {
            return new CatchUp(state.Version, operations, null);
        }

        var fromStore = await _log.ReadSinceAsync(RoomId, sinceVersion, (int)(state.Version - sinceVersion), cancellationToken);
        return new CatchUp(state.Version, fromStore, null);
    }

    /// <summary>True once the session is closing or closed (evicted, or the node is stopping).</summary>
    public bool IsClosed => Volatile.Read(ref _closed);

    public async ValueTask DisposeAsync()
    {
        Volatile.Write(ref _closed, true);

        // Refuse new work, wait for the round in progress, then finish what is queued.
        _queue.Writer.TryComplete();
        await _sequencer.StopAsync().ConfigureAwait(false);

        await ReleaseOwnershipAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Queues work for the room and makes sure someone sequences it: if no round is in progress, one starts, on the
    /// calling thread when <paramref name="runOnCaller"/> (until its first wait), else on a pool thread. A round in
    /// progress sees the item when it ends. False when the session is closing.
    /// </summary>
    private bool Enqueue(WorkItem item, bool runOnCaller = false)
    {
        if (!_queue.Writer.TryWrite(item))
        {
            return false;
        }

        _sequencer.Kick(runOnCaller);
        return true;
    }
}
