using DealRoom.Domain.Team;

namespace DealRoom.Domain.Accounts;

/// <summary>A relationship our team holds to a person in one room: who holds it and how strong it is.</summary>
public sealed record HeldCoverage(string TeamMemberName, RelationshipLevel Level, ContactDepth Depth)
{
    /// <summary>Orders relationships: the level first, the depth of contact second.</summary>
    public int Strength => ((int)Level * 10) + (int)Depth;
}
