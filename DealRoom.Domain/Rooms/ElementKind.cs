namespace DealRoom.Domain.Rooms;

/// <summary>Every kind of element a room holds. Ids are unique across all kinds in a room.</summary>
public enum ElementKind
{
    Stakeholder,
    Relationship,
    TeamMember,
    Coverage,
    VisionElement,
    VisionLink,
    Endorsement,
    Iteration,
    Room,
}
