using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.History;

/// <summary>
/// What undoing a change means now: ordinary operations that apply in this order to the state they were planned on,
/// and the parts left as they are, with the reason.
/// </summary>
public sealed record UndoPlan(IReadOnlyList<Operation> Operations, IReadOnlyList<UndoSkip> Skipped);
