namespace DealRoom.Domain.Accounts;

/// <summary>
/// One of our people in the account's network, known by name across the rooms (as the thin spots count them), with how
/// many of the account's contacts they hold a relationship to.
/// </summary>
public sealed record NetworkMember(string Name, int Holds, IReadOnlyList<RoomRef> Rooms);
