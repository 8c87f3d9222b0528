namespace DealRoom.Domain.Accounts;

/// <summary>A pattern that repeats across the account's opportunities, with the rooms it shows in.</summary>
public sealed record CultureFinding(CulturePattern Pattern, string Title, string Approach, IReadOnlyList<RoomRef> Rooms, int OutOf);
