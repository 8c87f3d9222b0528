using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Shared;

namespace DealRoom.Web.Features.Comments;

/// <summary>How threads, anchors and suggested changes read on screen.</summary>
public static class CommentText
{
    public static string Visibility(ThreadVisibility visibility) =>
        visibility == ThreadVisibility.Shared ? "Shared with customer" : "Internal";

    /// <summary>What the thread hangs on, for a person.</summary>
    public static string Anchor(RoomState state, CommentThread thread) => thread.AnchorKind switch
    {
        AnchorKind.Room => "The room",
        AnchorKind.Gap => $"Gap {thread.AnchorId}",
        _ => Element(state, thread.AnchorId),
    };

    public static string Element(RoomState state, string id) => state.KindOf(id) switch
    {
        ElementKind.Stakeholder => state.Stakeholders[id].Name,
        ElementKind.TeamMember => state.TeamMembers[id].Name,
        ElementKind.VisionElement => state.VisionElements[id].Title,
        ElementKind.Relationship => "A relationship",
        ElementKind.Coverage => "A coverage",
        ElementKind.VisionLink => "A vision link",
        _ => "Something deleted",
    };

    /// <summary>A suggested change in plain words.</summary>
    public static string Change(RoomState state, Operation change) => change switch
    {
        AddVisionElement op => $"Add the {Labels.Type(op.ElementType).ToLowerInvariant()} \"{op.Fields.GetValueOrDefault("title")}\"",
        AddVisionLink op => $"Link \"{Element(state, op.FromId)}\" to \"{Element(state, op.ToId)}\"",
        UpdateVisionElement op when op.Fields.TryGetValue("title", out var title) && op.Fields.Count == 1 =>
            $"Rename \"{Element(state, op.Id)}\" to \"{title}\"",
        UpdateElement op => $"Change {string.Join(", ", op.Fields.Keys.Select(Labels.Humanize))} of \"{Element(state, op.Id)}\"",
        MoveNode op => $"Move \"{Element(state, op.Id)}\"",
        RemoveElement op => $"Remove \"{Element(state, op.Id)}\"",
        _ => change.Type,
    };

    public static string When(DateTimeOffset at) => at.ToString("d MMM, HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
