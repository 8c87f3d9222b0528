using DealRoom.Domain.Audience;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// One participant's gate into a room, whatever the entry point (a hub connection, a Blazor circuit, an API call):
/// it knows who the participant is and what they may do (<see cref="Grant"/>), submits in their name (the session
/// checks the grant against the state each operation is applied to), and hands out the room only in the
/// participant's audience's form: states, catch-ups, updates and presence. Nothing past this object needs to know
/// whether a caller is a customer. Dispose to leave the room.
/// </summary>
public sealed partial class RoomParticipant : IDisposable
{
    private readonly RoomSession _session;
    private readonly Lock _lock = new();
    private readonly bool _rateLimited;
    private IDisposable? _subscription;
    private IDisposable? _gapSubscription;
    private volatile bool _present;
    private int _disposed;

    internal RoomParticipant(RoomSession session, RoomGrant grant, string connectionId, bool rateLimited = true)
    {
        _session = session;
        _rateLimited = rateLimited;
        Grant = grant;
        ConnectionId = connectionId;
    }

    public RoomGrant Grant { get; }

    /// <summary>The participant's connection: a hub connection id or a circuit's own id.</summary>
    public string ConnectionId { get; }

    public string RoomId => _session.RoomId;

    public ParticipantKind Audience => Grant.Audience;

    public bool IsCustomer => Grant.IsCustomer;

    public bool CanEdit => Grant.CanEdit;

    /// <summary>The room's latest committed state as this participant may see it.</summary>
    public RoomState State => _session.ViewFor(Audience);

    /// <summary>The room's version (the same for every audience).</summary>
    public long Version => _session.State.Version;

    /// <summary>The gaps of the latest state: the team's only, null for a customer.</summary>
    public GapReport? Gaps => IsCustomer ? null : _session.Gaps;

    /// <summary>Everyone in the room; for a customer, selections only of what they can see.</summary>
    public IReadOnlyList<Participant> Participants => Project(_session.Presence.Participants);

    /// <summary>The live room behind this participant, for what is not about audiences (presence events, eviction).</summary>
    internal RoomSession Session => _session;

    /// <summary>
    /// Submits an operation in this participant's name. A viewer's edit is answered at once (their comments go on);
    /// everything else is decided by the session in the room's order (a customer's rights against the state the
    /// operation meets there).
    /// </summary>
    public Task<SubmitResult> SubmitAsync(string opId, Operation operation, CancellationToken cancellationToken = default, bool runOnCaller = false)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!CanEdit && !Domain.Comments.Conversation.IsConversation(operation))
        {
            return Task.FromResult(new SubmitResult(opId, _session.State.Version, Grant.Check(_session.State, operation)));
        }

        if (_rateLimited && _session.Limiter?.TryAcquire(Grant.UserId, ConnectionId) is { } limited)
        {
            return Task.FromResult(new SubmitResult(opId, _session.State.Version, limited));
        }

        var submission = new Submission(opId, operation, new Author(Grant.UserId, Grant.Name)) { Grant = Grant };
        return _session.SubmitAsync(submission, cancellationToken, runOnCaller);
    }

    /// <summary>
    /// After one action committed several changes (a tidy-up, a restore, an import): makes the last
    /// <paramref name="committed"/> of them one change for this person's undo. Nothing to do for fewer than two.
    /// </summary>
    public async Task GroupForUndoAsync(int committed, CancellationToken cancellationToken = default)
    {
        if (committed is >= 2 and <= GroupChanges.MaxCount)
        {
            await SubmitAsync(Ids.New("group"), new GroupChanges(committed), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The participant's own undo and redo in this room, read from the op log: empty for a viewer, who cannot undo.
    /// </summary>
    public async Task<Domain.History.UndoStacks> GetUndoStacksAsync(CancellationToken cancellationToken)
    {
        return CanEdit
            ? await _session.GetUndoStacksAsync(Grant.UserId, cancellationToken).ConfigureAwait(false)
            : new Domain.History.UndoStacks([], []);
    }

    /// <summary>
    /// What the participant missed since <paramref name="sinceVersion"/>: the team gets the operations (or a snapshot
    /// when too far behind, or when no version is given); a customer always gets a fresh projected snapshot.
    /// </summary>
    public async Task<CatchUp> GetChangesSinceAsync(long? sinceVersion, CancellationToken cancellationToken)
    {
        if (IsCustomer || sinceVersion is not { } since)
        {
            var version = _session.State.Version;
            return new CatchUp(version, null, State);
        }

        return await _session.GetChangesSinceAsync(since, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Hears every committed update, in version order, already in this participant's audience's form, as soon as it
    /// is durable (before the gap rules run: see <see cref="ListenToGaps"/>). One listener per participant; it keeps
    /// the room loaded while it lasts. Called on the room's round: return quickly.
    /// </summary>
    public void Listen(Func<AudienceView, ValueTask> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        var audience = Audience;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed != 0, this);
            _subscription?.Dispose();
            _subscription = _session.Subscribe(update => listener(update.For(audience)));
        }
    }

    /// <summary>
    /// Hears every changed gap report: right after the updates that changed it (which <see cref="Listen"/> delivers
    /// without gaps), or with no operation (new expert directory facts). The team only, so a customer's listener is
    /// never registered. Called on the room's round: return quickly.
    /// </summary>
    public void ListenToGaps(Func<GapReport, ValueTask> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        if (IsCustomer)
        {
            return;
        }

        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed != 0, this);
            _gapSubscription?.Dispose();
            _gapSubscription = _session.SubscribeGaps(listener);
        }
    }

    /// <summary>Stops hearing updates (the participant stays in the presence list until it leaves).</summary>
    public void StopListening()
    {
        lock (_lock)
        {
            _subscription?.Dispose();
            _subscription = null;
            _gapSubscription?.Dispose();
            _gapSubscription = null;
        }
    }

    /// <summary>Shows the participant in the room's presence (again, after a reconnect).</summary>
    public Participant Enter()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        _present = true;

        // Presence raises its change events on this thread: never under this participant's lock.
        return _session.Presence.Join(ConnectionId, Grant.UserId, Grant.Name, Audience);
    }

    /// <summary>Takes the participant out of the presence list (a dropped connection); <see cref="Enter"/> brings it back.</summary>
    public void Leave()
    {
        _present = false;
        _session.Presence.Leave(ConnectionId);
        _session.Signals.Forget(ConnectionId);
    }

    /// <summary>Tells the others what this participant selected (valid element ids, at most 50).</summary>
    public void Select(IEnumerable<string> elementIds)
    {
        ArgumentNullException.ThrowIfNull(elementIds);
        if (_present)
        {
            _session.Presence.Select(ConnectionId, [.. elementIds.Where(Ids.IsValid).Take(50)]);
        }
    }

    /// <summary>
    /// Tells the others where this participant is looking (null: nowhere known). A customer's viewport on the
    /// stakeholder map, which they never have, is refused (false) rather than shown.
    /// </summary>
    public bool SetViewport(Viewport? viewport)
    {
        if (!_present || (IsCustomer && viewport is { CustomerMaySee: false }))
        {
            return false;
        }

        _session.Presence.SetViewport(ConnectionId, viewport);
        return true;
    }

    /// <summary>
    /// Whether this participant may bring everyone to their viewport: anyone on the team who may edit the room (the
    /// people running the meeting), never a viewer or a customer.
    /// </summary>
    public bool CanBringEveryone => CanEdit && !IsCustomer;

    /// <summary>
    /// Brings everyone in the room to this participant's viewport, once (they may move away after): null when done,
    /// else why not (forbidden, or no viewport published yet).
    /// </summary>
    public RoomError? BringEveryone()
    {
        if (!CanBringEveryone)
        {
            return new RoomError(ErrorCodes.Forbidden, "Only a team member who may edit the room can bring everyone to their view.");
        }

        return _present && _session.Presence.BringEveryone(ConnectionId)
            ? null
            : new RoomError(ErrorCodes.Required, "Publish your viewport (setViewport) before bringing everyone to it.", "viewport");
    }

    /// <summary>
    /// Whether a participant of <paramref name="audience"/> is brought along when <paramref name="host"/> brings
    /// everyone: everyone but the host, a customer only to the shared-vision map.
    /// </summary>
    public static bool IsBrought(Participant host, string connectionId, ParticipantKind audience) =>
        host.ConnectionId != connectionId && host.Viewport is { } viewport && (audience != ParticipantKind.Customer || viewport.CustomerMaySee);

    /// <summary>Presence as this participant may see it.</summary>
    public IReadOnlyList<Participant> Project(IReadOnlyList<Participant> participants) => ProjectPresence(participants, _session.State, Audience);

    /// <summary>
    /// Presence as an audience may see it: a customer sees names and colours, selections only of what they can see,
    /// viewports only on the shared-vision map.
    /// </summary>
    public static IReadOnlyList<Participant> ProjectPresence(IReadOnlyList<Participant> participants, RoomState state, ParticipantKind audience)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(state);
        return audience != ParticipantKind.Customer
            ? participants
            : [.. participants.Select(p => p with
            {
                Selection = [.. p.Selection.Where(id => CustomerProjection.SeesElement(state, id))],
                Viewport = p.Viewport is { CustomerMaySee: true } ? p.Viewport : null,
                Gathering = 0,
            })];
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        lock (_lock)
        {
            _subscription?.Dispose();
            _subscription = null;
            _gapSubscription?.Dispose();
            _gapSubscription = null;
        }

        Leave();
    }
}
