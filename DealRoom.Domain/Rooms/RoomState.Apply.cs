using DealRoom.Domain.Comments;
using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;
using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Rooms;

public sealed partial record RoomState
{
    public const int ReasonLength = 2_000;

    /// <summary>
    /// Validates and applies one operation. Pure: returns the next state (version + 1) and the operation in
    /// canonical form, or an error and no state; this state is never changed.
    /// </summary>
    public ApplyResult Apply(Operation operation, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);

        var result = operation switch
        {
            AddStakeholder op => ApplyAddStakeholder(op, context),
            AddTeamMember op => ApplyAddTeamMember(op),
            AddVisionElement op => ApplyAddVisionElement(op),
            AddRelationship op => ApplyAddRelationship(op),
            AddCoverage op => ApplyAddCoverage(op),
            AddVisionLink op => ApplyAddVisionLink(op),
            AddEndorsement op => ApplyAddEndorsement(op),
            UpdateElement op => ApplyUpdate(op),
            UpdateRoom op => ApplyUpdateRoom(op),
            MoveNode op => ApplyMove(op),
            RemoveElement op => ApplyRemove(op),
            SetPhase op => ApplySetPhase(op, context),
            AcknowledgeGap op => ApplyAcknowledgeGap(op, context),
            UnacknowledgeGap op => ApplyUnacknowledgeGap(op),
            MarkIteration op => ApplyMarkIteration(op, context),
            UndoStep op => ApplyUndoStep(op),
            GroupChanges op => ApplyGroupChanges(op),
            StartThread op => ApplyStartThread(op, context),
            ReplyToThread op => ApplyReply(op, context),
            ResolveThread op => ApplyResolveThread(op, context),
            ReopenThread op => ApplyReopenThread(op),
            SuggestChange op => ApplySuggestChange(op, context),
            AcceptSuggestion op => ApplyDecideSuggestion(op.ThreadId, SuggestionStatus.Accepted, null, context),
            DeclineSuggestion op => ApplyDecideSuggestion(op.ThreadId, SuggestionStatus.Declined, op.Reason, context),
            SetAccountItem op => ApplySetAccountItem(op, context),
            RemoveAccountItem op => ApplyRemoveAccountItem(op),
            _ => ApplyResult.Fail(new RoomError(ErrorCodes.UnknownOperation, $"Unknown operation type '{operation.Type}'.")),
        };

        return result.Succeeded ? result with { State = result.State! with { Version = Version + 1 } } : result;
    }

    private ApplyResult ApplyAddStakeholder(AddStakeholder op, OperationContext context)
    {
        if (CheckNewNode(op.Id, op.X, op.Y) is { } error)
        {
            return ApplyResult.Fail(error);
        }

        var (entity, canonical, fieldError) = Schemas.Stakeholder.Apply(
            new Stakeholder { Id = op.Id, Name = string.Empty, X = op.X, Y = op.Y }, StampJoined(op.Fields, context));
        if (fieldError is not null)
        {
            return ApplyResult.Fail(fieldError);
        }

        if (entity!.Name.Length == 0)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.Required, "The stakeholder's name is required.", "name"));
        }

        return ApplyResult.Ok(
            this with { Stakeholders = Stakeholders.Add(op.Id, entity), Index = Index.Add(op.Id, ElementKind.Stakeholder) },
            op with { Fields = canonical! });
    }

    /// <summary>
    /// A stakeholder joins the group in the room's phase on the day they are added, unless the client says otherwise
    /// (a field it sends, null included, is kept). The stamp travels in the canonical operation, so every replica and
    /// every replay holds the same membership, and the newcomer rule (D1) needs nobody to fill it in by hand.
    /// </summary>
    private IReadOnlyDictionary<string, string?> StampJoined(IReadOnlyDictionary<string, string?> fields, OperationContext context)
    {
        if (fields.ContainsKey("phaseJoined") && fields.ContainsKey("dateJoined"))
        {
            return fields;
        }

        var stamped = new Dictionary<string, string?>(fields, StringComparer.Ordinal);
        stamped.TryAdd("phaseJoined", Phase.ToString());
        stamped.TryAdd("dateJoined", DateOnly.FromDateTime(context.At.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return stamped;
    }

    private ApplyResult ApplyAddTeamMember(AddTeamMember op)
    {
        if (CheckNewNode(op.Id, op.X, op.Y) is { } error)
        {
            return ApplyResult.Fail(error);
        }

        var (entity, canonical, fieldError) = Schemas.TeamMember.Apply(
            new TeamMember { Id = op.Id, Name = string.Empty, X = op.X, Y = op.Y }, op.Fields);
        if (fieldError is not null)
        {
            return ApplyResult.Fail(fieldError);
        }

        if (entity!.Name.Length == 0)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.Required, "The team member's name is required.", "name"));
        }

        return ApplyResult.Ok(
            this with { TeamMembers = TeamMembers.Add(op.Id, entity), Index = Index.Add(op.Id, ElementKind.TeamMember) },
            op with { Fields = canonical! });
    }

    private ApplyResult ApplyAddVisionElement(AddVisionElement op)
    {
        if (CheckNewNode(op.Id, op.X, op.Y) is { } error)
        {
            return ApplyResult.Fail(error);
        }

        if (!Enum.IsDefined(op.ElementType))
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.InvalidValue, "Unknown vision element type.", "elementType"));
        }

        if (CheckMetricFields(op.ElementType, op.Fields, op.Id) is { } metricError)
        {
            return ApplyResult.Fail(metricError);
        }

        var (entity, canonical, fieldError) = Schemas.VisionElement.Apply(
            new VisionElement { Id = op.Id, Type = op.ElementType, Title = string.Empty, X = op.X, Y = op.Y }, op.Fields);
        if (fieldError is not null)
        {
            return ApplyResult.Fail(fieldError);
        }

        if (entity!.Title.Length == 0)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.Required, "The vision element's title is required.", "title"));
        }

        return ApplyResult.Ok(
            this with { VisionElements = VisionElements.Add(op.Id, entity), Index = Index.Add(op.Id, ElementKind.VisionElement) },
            op with { Fields = canonical! });
    }

    private ApplyResult ApplyAddRelationship(AddRelationship op)
    {
        if (CheckNewLink(op.Id, op.FromId, op.ToId, ElementKind.Stakeholder, ElementKind.Stakeholder, "a stakeholder") is { } error)
        {
            return ApplyResult.Fail(error);
        }

        if (!op.Fields.ContainsKey("kind"))
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.Required, "The relationship's kind is required.", "kind"));
        }

        var (entity, canonical, fieldError) = Schemas.Relationship.Apply(
            new Relationship { Id = op.Id, FromId = op.FromId, ToId = op.ToId }, op.Fields);
        if (fieldError is not null)
        {
            return ApplyResult.Fail(fieldError);
        }

        if (HasRelationship(entity!, exceptId: null))
        {
            return ApplyResult.Fail(RoomErrors.DuplicateLink(op.Id));
        }

        return ApplyResult.Ok(
            this with { Relationships = Relationships.Add(op.Id, entity!), Index = Index.Add(op.Id, ElementKind.Relationship) },
            op with { Fields = canonical! });
    }

    private ApplyResult ApplyAddCoverage(AddCoverage op)
    {
        if (CheckNewId(op.Id) is { } idError)
        {
            return ApplyResult.Fail(idError);
        }

        if (CheckEnd(op.TeamMemberId, ElementKind.TeamMember, "a team member") is { } memberError)
        {
            return ApplyResult.Fail(memberError);
        }

        if (CheckEnd(op.StakeholderId, ElementKind.Stakeholder, "a stakeholder") is { } stakeholderError)
        {
            return ApplyResult.Fail(stakeholderError);
        }

        var (entity, canonical, fieldError) = Schemas.Coverage.Apply(
            new Coverage { Id = op.Id, TeamMemberId = op.TeamMemberId, StakeholderId = op.StakeholderId }, op.Fields);
        if (fieldError is not null)
        {
            return ApplyResult.Fail(fieldError);
        }

        if (Coverages.Values.Any(c => c.TeamMemberId == op.TeamMemberId && c.StakeholderId == op.StakeholderId))
        {
            return ApplyResult.Fail(RoomErrors.DuplicateLink(op.Id));
        }

        return ApplyResult.Ok(
            this with { Coverages = Coverages.Add(op.Id, entity!), Index = Index.Add(op.Id, ElementKind.Coverage) },
            op with { Fields = canonical! });
    }

    private ApplyResult ApplyAddVisionLink(AddVisionLink op)
    {
        if (CheckNewLink(op.Id, op.FromId, op.ToId, ElementKind.VisionElement, ElementKind.VisionElement, "a vision element") is { } error)
        {
            return ApplyResult.Fail(error);
        }

        if (!op.Fields.ContainsKey("kind"))
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.Required, "The vision link's kind is required.", "kind"));
        }

        var (entity, canonical, fieldError) = Schemas.VisionLink.Apply(
            new VisionLink { Id = op.Id, FromId = op.FromId, ToId = op.ToId }, op.Fields);
        if (fieldError is not null)
        {
            return ApplyResult.Fail(fieldError);
        }

        if (CheckVisionLink(entity!) is { } linkError)
        {
            return ApplyResult.Fail(linkError);
        }

        return ApplyResult.Ok(
            this with { VisionLinks = VisionLinks.Add(op.Id, entity!), Index = Index.Add(op.Id, ElementKind.VisionLink) },
            op with { Fields = canonical! });
    }

    private ApplyResult ApplyAddEndorsement(AddEndorsement op)
    {
        if (CheckNewId(op.Id) is { } idError)
        {
            return ApplyResult.Fail(idError);
        }

        if (CheckEnd(op.StakeholderId, ElementKind.Stakeholder, "a stakeholder") is { } stakeholderError)
        {
            return ApplyResult.Fail(stakeholderError);
        }

        if (CheckEnd(op.ElementId, ElementKind.VisionElement, "a vision element") is { } elementError)
        {
            return ApplyResult.Fail(elementError);
        }

        if (!Enum.IsDefined(op.Kind))
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.InvalidValue, "Unknown endorsement kind.", "kind"));
        }

        var required = op.Kind switch
        {
            EndorsementKind.Holds => VisionElementType.Concept,
            EndorsementKind.Wants => VisionElementType.DesiredResult,
            EndorsementKind.Gains => VisionElementType.Win,
            _ => (VisionElementType?)null,
        };
        if (required is { } type && VisionElements[op.ElementId].Type != type)
        {
            return ApplyResult.Fail(RoomErrors.WrongType(op.ElementId, $"a {type} element, which '{op.Kind}' needs"));
        }

        if (Endorsements.Values.Any(e => e.StakeholderId == op.StakeholderId && e.ElementId == op.ElementId && e.Kind == op.Kind))
        {
            return ApplyResult.Fail(RoomErrors.DuplicateLink(op.Id));
        }

        var entity = new Endorsement { Id = op.Id, StakeholderId = op.StakeholderId, ElementId = op.ElementId, Kind = op.Kind };
        return ApplyResult.Ok(
            this with { Endorsements = Endorsements.Add(op.Id, entity), Index = Index.Add(op.Id, ElementKind.Endorsement) },
            op);
    }
}
