namespace DealRoom.Domain.Rooms.Operations;

/// <summary>Adds a stakeholder at a position on the stakeholder map. Fields must include "name".</summary>
public sealed record AddStakeholder(string Id, double X, double Y, IReadOnlyDictionary<string, string?> Fields) : Operation
{
    public override string Type => "addStakeholder";
}

/// <summary>Adds a deal-team member at a position on the stakeholder map. Fields must include "name".</summary>
public sealed record AddTeamMember(string Id, double X, double Y, IReadOnlyDictionary<string, string?> Fields) : Operation
{
    public override string Type => "addTeamMember";
}

/// <summary>Adds an element of the given type to the shared-vision map. Fields must include "title".</summary>
public sealed record AddVisionElement(
    string Id, Vision.VisionElementType ElementType, double X, double Y, IReadOnlyDictionary<string, string?> Fields) : Operation
{
    public override string Type => "addVisionElement";
}

/// <summary>Moves a node (stakeholder, team member or vision element) to a new position on its map.</summary>
public sealed record MoveNode(string Id, double X, double Y) : Operation
{
    public override string Type => "moveNode";
}

/// <summary>Deletes any element by id, with everything that hangs on it (links, coverage, endorsements).</summary>
public sealed record RemoveElement(string Id) : Operation
{
    public override string Type => "removeElement";
}
