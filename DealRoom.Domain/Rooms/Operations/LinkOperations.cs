namespace DealRoom.Domain.Rooms.Operations;

/// <summary>Adds a relationship between two stakeholders. Fields must include "kind".</summary>
public sealed record AddRelationship(string Id, string FromId, string ToId, IReadOnlyDictionary<string, string?> Fields) : Operation
{
    public override string Type => "addRelationship";
}

/// <summary>Adds a coverage link from a team member to a stakeholder.</summary>
public sealed record AddCoverage(string Id, string TeamMemberId, string StakeholderId, IReadOnlyDictionary<string, string?> Fields) : Operation
{
    public override string Type => "addCoverage";
}

/// <summary>Adds a link between two vision elements. Fields must include "kind".</summary>
public sealed record AddVisionLink(string Id, string FromId, string ToId, IReadOnlyDictionary<string, string?> Fields) : Operation
{
    public override string Type => "addVisionLink";
}

/// <summary>Records a stakeholder's stake in a vision element (endorses, holds, wants, gains).</summary>
public sealed record AddEndorsement(string Id, string StakeholderId, string ElementId, Vision.EndorsementKind Kind) : Operation
{
    public override string Type => "addEndorsement";
}
