namespace DealRoom.Web.Persistence.Entities;

/// <summary>Where an expert request stands.</summary>
public enum ExpertRequestStatus
{
    Open,
    Assigned,
    Declined,
}
