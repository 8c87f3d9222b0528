using DealRoom.Domain.Audience;
using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Access;

/// <summary>
/// Who a participant is in a room and what they may do there: the one rule every path into the room (hub, page, API)
/// goes through, evaluated by the session against the state each operation is applied to.
/// </summary>
/// <param name="UserId">The user (or the customer's invitation-bound id).</param>
/// <param name="Name">The name shown to others.</param>
/// <param name="Audience">The team sees everything; a customer only their projection.</param>
/// <param name="CanEdit">False for viewers, team or customer.</param>
/// <param name="StakeholderId">For a customer: the stakeholder their invitation speaks for, if any.</param>
public sealed record RoomGrant(string UserId, string Name, ParticipantKind Audience, bool CanEdit, string? StakeholderId = null)
{
    private static readonly RoomError ViewOnly = new(ErrorCodes.Forbidden, "You may view this room but not edit it.");

    public bool IsCustomer => Audience == ParticipantKind.Customer;

    /// <summary>Null when the operation is allowed on <paramref name="state"/>; otherwise a forbidden error saying why.</summary>
    public RoomError? Check(RoomState state, Operation operation)
    {
        // Viewers may still comment: a conversation does not change the room's content.
        if (!CanEdit && !Conversation.IsConversation(operation))
        {
            return ViewOnly;
        }

        return IsCustomer ? CustomerPermissions.Check(state, operation, StakeholderId) : null;
    }
}
