using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// One committed update as one audience sees it: the operations in that audience's form, or a reset (the view changed
/// in a way no single operation can say: the listener takes <see cref="State"/> whole). <see cref="State"/>, the
/// audience's whole view after the update, is made on first use and shared by everyone of the audience.
/// </summary>
public sealed class AudienceView
{
    private readonly Lazy<RoomState> _state;

    public AudienceView(IReadOnlyList<CommittedOperation> operations, bool reset, long version, Func<RoomState> state, GapReport? gaps)
    {
        Operations = operations;
        Reset = reset;
        Version = version;
        Gaps = gaps;
        _state = new Lazy<RoomState>(state);
    }

    /// <summary>The operations this audience sees, in version order (empty for a reset, or when none concerns it).</summary>
    public IReadOnlyList<CommittedOperation> Operations { get; }

    public bool Reset { get; }

    /// <summary>The room's version after the update.</summary>
    public long Version { get; }

    /// <summary>The audience's whole view of the room after the update.</summary>
    public RoomState State => _state.Value;

    /// <summary>The gap report when it changed (team only).</summary>
    public GapReport? Gaps { get; }
}
