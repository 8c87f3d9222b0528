using DealRoom.Domain.Experts;

namespace DealRoom.Web.Features.Experts;

/// <summary>A user's weekly capacity for deal work, in the expert directory.</summary>
public sealed class ExpertProfileRecord
{
    public required string UserId { get; set; }
    public int CapacityHours { get; set; }
}

/// <summary>One expertise area of a user, with its proficiency (1–3) and knowledge area.</summary>
public sealed class ExpertiseAreaRecord
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Area { get; set; }
    public int Proficiency { get; set; }
    public KnowledgeArea Knowledge { get; set; }
}

/// <summary>Where an expert request stands.</summary>
public enum ExpertRequestStatus
{
    Open,
    Assigned,
    Declined,
}

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

/// <summary>An in-app notification for one user (the bell).</summary>
public sealed class NotificationRecord
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Text { get; set; }

    /// <summary>A relative address the notification opens, e.g. "/rooms/room-1".</summary>
    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>
/// A message a mail sender could deliver later: DealRoom needs no e-mail server; whatever sends mail reads the rows
/// with no <see cref="SentAt"/>, sends them and stamps them.
/// </summary>
public sealed class OutboxMessageRecord
{
    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
