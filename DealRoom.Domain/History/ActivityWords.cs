using System.Text.RegularExpressions;
using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.History;

/// <summary>
/// Says what one operation did, by comparing the states before and after it as the audience sees them: an element
/// added, deleted, moved or with fields changed ("stance Neutral → Skeptic"), the phase, an iteration, a gap
/// acknowledged, the deal's profile. What differs in neither state says nothing.
/// </summary>
internal static partial class ActivityWords
{
    /// <summary>Long texts are said to be edited, not quoted, in a feed line.</summary>
    private static readonly HashSet<string> LongFields = new(StringComparer.Ordinal)
    {
        "privateNotes", "description", "decisionToChange", "compellingEvent", "alternatives", "paperProcess", "expertise",
    };

    public static IEnumerable<(string? ElementId, string Subject, string Text, bool Small)> Of(
        RoomState before, RoomState after, Operation operation, bool forCustomer)
    {
        if (before.Phase != after.Phase)
        {
            yield return (null, "Room", $"phase {Words(before.Phase.ToString())} → {Words(after.Phase.ToString())}", false);
        }

        foreach (var iteration in after.Iterations.Skip(before.Iterations.Count))
        {
            yield return (iteration.Id, "Room", $"marked iteration \"{iteration.Name}\"", false);
        }

        foreach (var ack in after.Acknowledgements.Values.Where(a => !before.Acknowledgements.ContainsKey(a.GapId)))
        {
            yield return (ack.GapId, "Gap " + ack.GapId, $"acknowledged: {ack.Reason}", false);
        }

        foreach (var gapId in before.Acknowledgements.Keys.Where(id => !after.Acknowledgements.ContainsKey(id)))
        {
            yield return (gapId, "Gap " + gapId, "reopened", false);
        }

        if (Changes(ElementKind.Room, Schemas.Room.ReadAll(before.Profile), Schemas.Room.ReadAll(after.Profile)) is { Length: > 0 } profile)
        {
            yield return (null, "Deal", profile, true);
        }

        if (OperationElements.ElementOf(operation) is { } id && Element(before, after, id) is { } element)
        {
            yield return (id, element.Subject, element.Text, element.Small);
        }
    }

    private static (string Subject, string Text, bool Small)? Element(RoomState before, RoomState after, string id)
    {
        var then = before.KindOf(id);
        var now = after.KindOf(id);
        return (then, now) switch
        {
            (null, { } kind) => (Name(after, id, kind), $"added ({KindWord(kind)})", false),
            ({ } kind, null) => (Name(before, id, kind), $"deleted ({KindWord(kind)})", false),
            ({ } kind, { }) => Edited(before, after, id, kind) is { Length: > 0 } text ? (Name(after, id, kind), text, true) : null,
            _ => null,
        };
    }

    private static string? Edited(RoomState before, RoomState after, string id, ElementKind kind)
    {
        var (fieldsBefore, fieldsAfter, moved) = kind switch
        {
            ElementKind.Stakeholder => (Schemas.Stakeholder.ReadAll(before.Stakeholders[id]), Schemas.Stakeholder.ReadAll(after.Stakeholders[id]),
                Moved(before.Stakeholders[id].X, before.Stakeholders[id].Y, after.Stakeholders[id].X, after.Stakeholders[id].Y)),
            ElementKind.TeamMember => (Schemas.TeamMember.ReadAll(before.TeamMembers[id]), Schemas.TeamMember.ReadAll(after.TeamMembers[id]),
                Moved(before.TeamMembers[id].X, before.TeamMembers[id].Y, after.TeamMembers[id].X, after.TeamMembers[id].Y)),
            ElementKind.VisionElement => (Schemas.VisionElement.ReadAll(before.VisionElements[id]), Schemas.VisionElement.ReadAll(after.VisionElements[id]),
                Moved(before.VisionElements[id].X, before.VisionElements[id].Y, after.VisionElements[id].X, after.VisionElements[id].Y)),
            ElementKind.Relationship => (Schemas.Relationship.ReadAll(before.Relationships[id]), Schemas.Relationship.ReadAll(after.Relationships[id]), false),
            ElementKind.Coverage => (Schemas.Coverage.ReadAll(before.Coverages[id]), Schemas.Coverage.ReadAll(after.Coverages[id]), false),
            ElementKind.VisionLink => (Schemas.VisionLink.ReadAll(before.VisionLinks[id]), Schemas.VisionLink.ReadAll(after.VisionLinks[id]), false),
            _ => (new SortedDictionary<string, string?>(), new SortedDictionary<string, string?>(), false),
        };
        var changes = Changes(kind, fieldsBefore, fieldsAfter);
        return moved ? (changes.Length > 0 ? changes + ", moved" : "moved") : changes;
    }

    private static bool Moved(double x1, double y1, double x2, double y2) => x1 != x2 || y1 != y2;

    private static string Changes(ElementKind kind, IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after) =>
        string.Join(", ", after
            .Where(f => !string.Equals(before.GetValueOrDefault(f.Key), f.Value, StringComparison.Ordinal))
            .Select(f => LongFields.Contains(f.Key)
                ? $"{Label(f.Key)} edited"
                : $"{Label(f.Key)} {Value(kind, f.Key, before.GetValueOrDefault(f.Key))} → {Value(kind, f.Key, f.Value)}"));

    private static string Value(ElementKind kind, string field, string? value) => value switch
    {
        null or "" => "—",
        _ when Schemas.KindOf(kind, field) == FieldKind.Enum => Words(value),
        _ when Schemas.KindOf(kind, field) == FieldKind.Boolean => value == "true" ? "yes" : "no",
        _ => value,
    };

    private static string Name(RoomState state, string id, ElementKind kind) => kind switch
    {
        ElementKind.Stakeholder => state.Stakeholders[id].Name,
        ElementKind.TeamMember => state.TeamMembers[id].Name,
        ElementKind.VisionElement => state.VisionElements[id].Title,
        ElementKind.Relationship => $"{Person(state, state.Relationships[id].FromId)} → {Person(state, state.Relationships[id].ToId)}",
        ElementKind.Coverage => $"{Person(state, state.Coverages[id].TeamMemberId)} → {Person(state, state.Coverages[id].StakeholderId)}",
        ElementKind.VisionLink => $"{Person(state, state.VisionLinks[id].FromId)} → {Person(state, state.VisionLinks[id].ToId)}",
        ElementKind.Endorsement => $"{Person(state, state.Endorsements[id].StakeholderId)} → {Person(state, state.Endorsements[id].ElementId)}",
        _ => id,
    };

    private static string Person(RoomState state, string id) =>
        state.Stakeholders.GetValueOrDefault(id)?.Name ?? state.TeamMembers.GetValueOrDefault(id)?.Name
        ?? state.VisionElements.GetValueOrDefault(id)?.Title ?? id;

    private static string KindWord(ElementKind kind) => kind switch
    {
        ElementKind.VisionElement => "vision element",
        ElementKind.VisionLink => "link",
        ElementKind.Endorsement => "stake",
        _ => Words(kind.ToString()).ToLowerInvariant(),
    };

    private static string Label(string field) => Words(field).ToLowerInvariant();

    /// <summary>"EconomicBuyer" → "Economic buyer"; "buyingRole" → "Buying role".</summary>
    private static string Words(string value) =>
        CapitalBoundary().Replace(value, " $1").Trim().ToLowerInvariant() is { Length: > 0 } words
            ? char.ToUpperInvariant(words[0]) + words[1..]
            : value;

    [GeneratedRegex("([A-Z])")]
    private static partial Regex CapitalBoundary();
}
