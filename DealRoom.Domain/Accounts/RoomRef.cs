namespace DealRoom.Domain.Accounts;

/// <summary>A room named by an account-level finding.</summary>
public sealed record RoomRef(string RoomId, string Name);
