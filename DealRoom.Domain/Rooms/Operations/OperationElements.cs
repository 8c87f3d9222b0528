namespace DealRoom.Domain.Rooms.Operations;

/// <summary>Which element an operation adds, changes, moves or removes (null for operations on the room or on none).</summary>
public static class OperationElements
{
    public static string? ElementOf(Operation operation) => operation switch
    {
        AddStakeholder o => o.Id,
        AddTeamMember o => o.Id,
        AddVisionElement o => o.Id,
        AddRelationship o => o.Id,
        AddCoverage o => o.Id,
        AddVisionLink o => o.Id,
        AddEndorsement o => o.Id,
        UpdateElement o => o.Id,
        MoveNode o => o.Id,
        RemoveElement o => o.Id,
        _ => null,
    };
}
