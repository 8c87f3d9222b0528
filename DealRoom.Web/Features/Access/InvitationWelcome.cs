namespace DealRoom.Web.Features.Access;

/// <summary>What a customer's invitation page says about the invitation: which room, and who invited them.</summary>
/// <param name="RoomName">The room's current name.</param>
/// <param name="CustomerName">The customer organisation the room is for, when recorded.</param>
/// <param name="InviterName">The team member who created the invitation; null when their account is gone.</param>
public sealed record InvitationWelcome(string RoomName, string? CustomerName, string? InviterName);
