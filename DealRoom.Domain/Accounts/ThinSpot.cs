namespace DealRoom.Domain.Accounts;

/// <summary>One thin spot of the account's network: what it is, why it matters, and the rooms and people behind it.</summary>
public sealed record ThinSpot(ThinSpotKind Kind, string Title, string Next, IReadOnlyList<RoomRef> Rooms, IReadOnlyList<string> ContactKeys);
