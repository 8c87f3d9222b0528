using DealRoom.Domain.Experts;

namespace DealRoom.Web.Features.Experts;

/// <summary>What a room's team asks for: the expertise, for which challenge or stakeholder, by when, how many hours.</summary>
public sealed record NewExpertRequest(string? Expertise, string? ForElementId, DateOnly? NeededBy, int? Hours, string? Note, string? GapId);

/// <summary>An expert request as the queue, the room and the expert see it.</summary>
public sealed record ExpertRequestDto(
    string Id,
    string RoomId,
    string RoomName,
    string Expertise,
    string? ForElementId,
    string? ForLabel,
    string? GapId,
    DateOnly? NeededBy,
    int Hours,
    string? Note,
    ExpertRequestStatus Status,
    string RequestedBy,
    DateTimeOffset CreatedAt,
    string? AssignedUserId,
    string? AssignedName,
    string? Reason);

/// <summary>A ranked candidate for a request.</summary>
public sealed record ExpertCandidateDto(
    string UserId, string Name, string MatchedArea, int Proficiency, int CapacityHours, int AllocatedHours, int FreeHours, bool HasRoom, int PastDeals, string Why);

/// <summary>Who is assigned, for <c>POST /api/experts/requests/{id}/assign</c>.</summary>
public sealed record AssignExpert(string? UserId);

/// <summary>Why the request is declined, for <c>POST /api/experts/requests/{id}/decline</c>.</summary>
public sealed record DeclineExpertRequest(string? Reason);

/// <summary>One user's entry in the expert directory.</summary>
public sealed record DirectoryEntry(
    string UserId, string Name, string Email, IReadOnlyList<string> TeamRoles, int CapacityHours, int AllocatedHours,
    IReadOnlyList<ExpertiseArea> Areas, IReadOnlyList<Allocation> Allocations);

/// <summary>Hours allocated to one room through an assigned request.</summary>
public sealed record Allocation(string RequestId, string RoomId, string RoomName, string Expertise, int Hours);

/// <summary>A directory entry's new content, for <c>PUT /api/experts/directory/{userId}</c>.</summary>
public sealed record DirectoryUpdate(int? CapacityHours, IReadOnlyList<ExpertiseArea>? Areas);

/// <summary>An in-app notification.</summary>
public sealed record NotificationDto(long Id, string Text, string? Link, DateTimeOffset CreatedAt, bool Read);
