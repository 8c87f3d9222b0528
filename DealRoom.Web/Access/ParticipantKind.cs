namespace DealRoom.Web.Access;

/// <summary>Whether a participant is on the deal team or an invited customer.</summary>
public enum ParticipantKind
{
    Team,
    Customer,
}
