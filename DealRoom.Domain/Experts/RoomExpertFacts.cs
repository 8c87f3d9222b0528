namespace DealRoom.Domain.Experts;

/// <summary>
/// What the expert directory knows of one room, for the gap rules E3–E5: facts kept outside the room's op log (the
/// directory and the request queue), handed to the rules beside the room's state, like the account's facts.
/// </summary>
/// <param name="Assigned">The experts assigned to the room through its requests, by user id.</param>
/// <param name="OpenRequests">The room's expert requests still waiting for an answer, oldest first.</param>
public sealed record RoomExpertFacts(IReadOnlyList<AssignedExpert> Assigned, IReadOnlyList<OpenExpertRequest> OpenRequests)
{
    public static readonly RoomExpertFacts None = new([], []);
}
