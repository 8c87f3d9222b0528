using DealRoom.Domain.Rooms;

namespace DealRoom.Domain.Accounts;

/// <summary>One opportunity of an account: its deal room's id, name and state.</summary>
public sealed record AccountRoom(string RoomId, string Name, RoomState State);
