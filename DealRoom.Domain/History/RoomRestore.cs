using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;

namespace DealRoom.Domain.History;

/// <summary>
/// Brings one element back as it was at an earlier point, with what hung on it and can hang on it again now: a
/// stakeholder with its relationships, coverage and endorsements whose other ends still exist; a team member with
/// its coverage; a vision element with its links and endorsements; a link alone when both its ends exist. Ordinary
/// new operations, in an order in which each one's ends exist: nothing in the log is rewritten.
/// </summary>
public static partial class RoomRestore
{
    /// <summary>The operations, or an error: the element did not exist then, or exists now.</summary>
    public static (IReadOnlyList<Operation> Operations, RoomError? Error) OperationsFor(RoomState past, RoomState now, string elementId)
    {
        ArgumentNullException.ThrowIfNull(past);
        ArgumentNullException.ThrowIfNull(now);
        if (past.KindOf(elementId) is not { } kind)
        {
            return ([], new RoomError(ErrorCodes.NotFound, $"There was no element '{elementId}' at version {past.Version}.", "elementId", elementId));
        }

        if (now.KindOf(elementId) is not null)
        {
            return ([], new RoomError(ErrorCodes.DuplicateId, $"'{elementId}' is still in the room; only a deleted element can be restored.", "elementId", elementId));
        }

        var operations = new List<Operation>();
        bool Exists(string id) => now.KindOf(id) is not null || id == elementId;
        switch (kind)
        {
            case ElementKind.Stakeholder:
                operations.Add(RoomImport.AddOf(past.Stakeholders[elementId]));
                break;
            case ElementKind.TeamMember:
                operations.Add(RoomImport.AddOf(past.TeamMembers[elementId]));
                break;
            case ElementKind.VisionElement:
                operations.Add(RoomImport.AddOf(past.VisionElements[elementId]));
                break;
        }

        // What hung on it (or, for a link, the link itself), where every end exists once the element is back.
        operations.AddRange(past.Relationships.Values
            .Where(r => (r.Id == elementId || r.FromId == elementId || r.ToId == elementId) && now.KindOf(r.Id) is null && Exists(r.FromId) && Exists(r.ToId))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(RoomImport.AddOf));
        operations.AddRange(past.Coverages.Values
            .Where(c => (c.Id == elementId || c.TeamMemberId == elementId || c.StakeholderId == elementId) && now.KindOf(c.Id) is null && Exists(c.TeamMemberId) && Exists(c.StakeholderId))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(RoomImport.AddOf));
        operations.AddRange(past.VisionLinks.Values
            .Where(l => (l.Id == elementId || l.FromId == elementId || l.ToId == elementId) && now.KindOf(l.Id) is null && Exists(l.FromId) && Exists(l.ToId))
            .OrderBy(l => l.Id, StringComparer.Ordinal)
            .Select(RoomImport.AddOf));
        operations.AddRange(past.Endorsements.Values
            .Where(e => (e.Id == elementId || e.StakeholderId == elementId || e.ElementId == elementId) && now.KindOf(e.Id) is null && Exists(e.StakeholderId) && Exists(e.ElementId))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(RoomImport.AddOf));
        return (operations, null);
    }
}
