using DealRoom.Domain.Audience;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// Committed operations pushed to a room's listeners, in version order, with the state after each of them.
/// <see cref="Local"/> is false when another node committed them and this node only caught up.
/// <see cref="Gaps"/> is the gap report after them when it changed (team only), else null; the pages hear the update
/// before the gaps are evaluated (null), the background listeners after (<see cref="WithGaps"/>).
/// Each audience's form of the update is made once, on first use, and shared by every participant of that audience.
/// </summary>
public sealed class RoomUpdate
{
    private readonly Lazy<AudienceView> _team;
    private readonly Lazy<AudienceView> _customers;

    public RoomUpdate(IReadOnlyList<CommittedOperation> operations, IReadOnlyList<RoomState> states, RoomState before, bool local)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(states);
        if (operations.Count == 0 || states.Count != operations.Count)
        {
            throw new ArgumentException("An update has at least one operation and one state after each.", nameof(states));
        }

        Operations = operations;
        States = states;
        Before = before;
        Local = local;
        _team = TeamView(null);
        _customers = new Lazy<AudienceView>(ProjectForCustomers);
    }

    /// <summary>The same update with the gap report after it; the customers' form (which has no gaps) is shared.</summary>
    private RoomUpdate(RoomUpdate update, GapReport gaps)
    {
        Operations = update.Operations;
        States = update.States;
        Before = update.Before;
        Local = update.Local;
        Gaps = gaps;
        _team = TeamView(gaps);
        _customers = update._customers;
    }

    public IReadOnlyList<CommittedOperation> Operations { get; }

    /// <summary>The state after each operation (parallel to <see cref="Operations"/>).</summary>
    public IReadOnlyList<RoomState> States { get; }

    public RoomState Before { get; }

    public RoomState State => States[^1];

    public bool Local { get; }

    public GapReport? Gaps { get; }

    /// <summary>This update with the gap report that changed after it (this one when it did not change).</summary>
    public RoomUpdate WithGaps(GapReport? gaps) => gaps is null ? this : new RoomUpdate(this, gaps);

    /// <summary>The update as an audience may see it.</summary>
    public AudienceView For(ParticipantKind audience) => audience == ParticipantKind.Customer ? _customers.Value : _team.Value;

    private Lazy<AudienceView> TeamView(GapReport? gaps) => new(() => new AudienceView(Operations, false, State.Version, () => State, gaps));

    /// <summary>
    /// Each operation through <see cref="CustomerProjection.ProjectOperation"/> with the states the session already
    /// holds on both sides of it; one that changes the customer's view in a way no operation can say (a stakeholder
    /// shown or hidden) turns the whole update into a reset with a fresh projection.
    /// </summary>
    private AudienceView ProjectForCustomers()
    {
        var projected = new List<CommittedOperation>(Operations.Count);
        var before = Before;
        for (var i = 0; i < Operations.Count; i++)
        {
            var change = CustomerProjection.ProjectOperation(before, States[i], Operations[i].Operation);
            if (change.Reset)
            {
                return new AudienceView([], true, State.Version, () => CustomerProjection.Project(State), null);
            }

            if (change.Operation is { } operation)
            {
                projected.Add(Operations[i] with { Operation = operation });
            }

            before = States[i];
        }

        return new AudienceView(projected, false, State.Version, () => CustomerProjection.Project(State), null);
    }
}
