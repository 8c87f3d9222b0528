using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Accounts;

/// <summary>A relationship between two contacts as the account's rooms record it (the strongest when several rooms do).</summary>
public sealed record NetworkRelationship(string FromKey, string ToKey, RelationshipKind Kind, RelationshipStrength Strength, IReadOnlyList<RoomRef> Rooms);
