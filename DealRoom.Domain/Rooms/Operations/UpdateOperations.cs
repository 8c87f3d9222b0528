namespace DealRoom.Domain.Rooms.Operations;

/// <summary>
/// Sets some fields of one element. Only the named fields change, so concurrent edits of different fields of one
/// element all survive; on the same field the later one in server order wins.
/// </summary>
public abstract record UpdateElement(string Id, IReadOnlyDictionary<string, string?> Fields) : Operation
{
    /// <summary>The kind of element this update addresses.</summary>
    public abstract ElementKind Kind { get; }
}

public sealed record UpdateStakeholder(string Id, IReadOnlyDictionary<string, string?> Fields) : UpdateElement(Id, Fields)
{
    public override string Type => "updateStakeholder";

    public override ElementKind Kind => ElementKind.Stakeholder;
}

public sealed record UpdateRelationship(string Id, IReadOnlyDictionary<string, string?> Fields) : UpdateElement(Id, Fields)
{
    public override string Type => "updateRelationship";

    public override ElementKind Kind => ElementKind.Relationship;
}

public sealed record UpdateTeamMember(string Id, IReadOnlyDictionary<string, string?> Fields) : UpdateElement(Id, Fields)
{
    public override string Type => "updateTeamMember";

    public override ElementKind Kind => ElementKind.TeamMember;
}

public sealed record UpdateCoverage(string Id, IReadOnlyDictionary<string, string?> Fields) : UpdateElement(Id, Fields)
{
    public override string Type => "updateCoverage";

    public override ElementKind Kind => ElementKind.Coverage;
}

public sealed record UpdateVisionElement(string Id, IReadOnlyDictionary<string, string?> Fields) : UpdateElement(Id, Fields)
{
    public override string Type => "updateVisionElement";

    public override ElementKind Kind => ElementKind.VisionElement;
}

public sealed record UpdateVisionLink(string Id, IReadOnlyDictionary<string, string?> Fields) : UpdateElement(Id, Fields)
{
    public override string Type => "updateVisionLink";

    public override ElementKind Kind => ElementKind.VisionLink;
}

/// <summary>Sets fields of the room's profile (name, customer, decision to change, compelling event …).</summary>
public sealed record UpdateRoom(IReadOnlyDictionary<string, string?> Fields) : Operation
{
    public override string Type => "updateRoom";
}
