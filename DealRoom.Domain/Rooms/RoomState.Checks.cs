using DealRoom.Domain.Fields;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Rooms;

public sealed partial record RoomState
{
    private RoomError? CheckNewId(string id)
    {
        if (!Ids.IsValid(id))
        {
            return RoomErrors.InvalidId(id);
        }

        return Index.ContainsKey(id) ? RoomErrors.DuplicateId(id) : null;
    }

    private RoomError? CheckNewNode(string id, double x, double y) =>
        CheckNewId(id) ?? (Coordinates.AreValid(x, y) ? null : RoomErrors.InvalidCoordinates());

    private RoomError? CheckEnd(string id, ElementKind expected, string description)
    {
        if (!Ids.IsValid(id))
        {
            return RoomErrors.InvalidId(id);
        }

        return KindOf(id) switch
        {
            null => RoomErrors.NotFound(id),
            var kind when kind == expected => null,
            _ => RoomErrors.WrongType(id, description),
        };
    }

    private RoomError? CheckNewLink(string id, string fromId, string toId, ElementKind fromKind, ElementKind toKind, string description)
    {
        if (CheckNewId(id) is { } idError)
        {
            return idError;
        }

        if (!Ids.IsValid(fromId) || !Ids.IsValid(toId))
        {
            return RoomErrors.InvalidId(Ids.IsValid(fromId) ? toId : fromId);
        }

        if (fromId == toId)
        {
            return RoomErrors.SelfLink(fromId);
        }

        var from = KindOf(fromId);
        var to = KindOf(toId);
        if (from is null || to is null)
        {
            return RoomErrors.NotFound(from is null ? fromId : toId);
        }

        var linkIsVision = IsVisionMap(fromKind);
        if (IsVisionMap(from.Value) != linkIsVision || IsVisionMap(to.Value) != linkIsVision)
        {
            if ((IsVisionMap(from.Value) || IsStakeholderMap(from.Value)) && (IsVisionMap(to.Value) || IsStakeholderMap(to.Value)))
            {
                return RoomErrors.CrossMap(IsVisionMap(from.Value) != linkIsVision ? fromId : toId);
            }
        }

        if (from != fromKind)
        {
            return RoomErrors.WrongType(fromId, description);
        }

        return to != toKind ? RoomErrors.WrongType(toId, description) : null;
    }

    private bool HasRelationship(Relationship candidate, string? exceptId)
    {
        foreach (var r in Relationships.Values)
        {
            if (r.Id != exceptId && r.FromId == candidate.FromId && r.ToId == candidate.ToId && r.Kind == candidate.Kind)
            {
                return true;
            }
        }

        return false;
    }

    private RoomError? CheckVisionLink(VisionLink link)
    {
        foreach (var l in VisionLinks.Values)
        {
            if (l.Id != link.Id && l.FromId == link.FromId && l.ToId == link.ToId && l.Kind == link.Kind)
            {
                return RoomErrors.DuplicateLink(link.Id);
            }
        }

        var from = VisionElements[link.FromId].Type;
        var to = VisionElements[link.ToId].Type;
        return VisionLinkRules.Allows(link.Kind, from, to)
            ? null
            : new RoomError(
                ErrorCodes.WrongType,
                $"A '{link.Kind}' link cannot go from a {from} to a {to}. {VisionLinkRules.Describe(link.Kind)}",
                "kind",
                link.Id);
    }

    private static RoomError? CheckMetricFields(VisionElementType type, IReadOnlyDictionary<string, string?> fields, string id)
    {
        if (type == VisionElementType.Metric)
        {
            return null;
        }

        foreach (var name in fields.Keys)
        {
            if (Schemas.MetricOnlyFields.Contains(name))
            {
                return new RoomError(ErrorCodes.WrongType, $"Only a Metric has a '{name}'; this element is a {type}.", name, id);
            }
        }

        return null;
    }

    private static string Describe(ElementKind kind) => kind switch
    {
        ElementKind.Stakeholder => "stakeholder",
        ElementKind.Relationship => "relationship",
        ElementKind.TeamMember => "team member",
        ElementKind.Coverage => "coverage link",
        ElementKind.VisionElement => "vision element",
        ElementKind.VisionLink => "vision link",
        ElementKind.Endorsement => "endorsement",
        ElementKind.Iteration => "iteration",
        _ => "room",
    };
}
