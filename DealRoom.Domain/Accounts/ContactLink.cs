namespace DealRoom.Domain.Accounts;

/// <summary>
/// The team's statement that a stakeholder of one room and a stakeholder of another are the same person, for people
/// without a known e-mail address. The network never merges two people on its own.
/// </summary>
public sealed record ContactLink(string RoomId, string StakeholderId, string OtherRoomId, string OtherStakeholderId);
