namespace DealRoom.Web.Persistence.Entities;

/// <summary>A room team's request for expertise, answered by the executive account manager.</summary>
public sealed class ExpertRequestRecord
{
    public required string Id { get; set; }
    public required string RoomId { get; set; }

    /// <summary>The expertise wanted, e.g. "Finance".</summary>
    public required string Expertise { get; set; }

    /// <summary>The challenge or stakeholder it is for (an element id of the room), if any.</summary>
    public string? ForElementId { get; set; }

    /// <summary>The challenge's title or stakeholder's name when asked, so the queue reads without opening the room.</summary>
    public string? ForLabel { get; set; }

    /// <summary>The gap the request came from (E1, E2), if any.</summary>
    public string? GapId { get; set; }

    public DateOnly? NeededBy { get; set; }
    public int Hours { get; set; }
    public string? Note { get; set; }
    public ExpertRequestStatus Status { get; set; }
    public required string RequestedByUserId { get; set; }
    public required string RequestedByName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? AssignedUserId { get; set; }
    public string? DecidedByUserId { get; set; }

    /// <summary>Why it was declined.</summary>
    public string? Reason { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
