using DealRoom.Domain.Team;

namespace DealRoom.Domain.Accounts;

/// <summary>
/// A team member's relationship to a contact across the account: the best level and depth they hold in any room, the
/// rooms they cover the person in, and whether it is the strongest relationship our team holds to that person.
/// </summary>
public sealed record NetworkCoverage(string MemberName, string ContactKey, RelationshipLevel Level, ContactDepth Depth, bool IsStrongest, IReadOnlyList<RoomRef> Rooms);
