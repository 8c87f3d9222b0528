using System.Collections.Immutable;
using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Rooms;

public sealed partial record RoomState
{
    private ApplyResult ApplyUpdate(UpdateElement op)
    {
        if (!Ids.IsValid(op.Id))
        {
            return ApplyResult.Fail(RoomErrors.InvalidId(op.Id));
        }

        if (KindOf(op.Id) is not { } kind)
        {
            return ApplyResult.Fail(RoomErrors.NotFound(op.Id));
        }

        if (kind != op.Kind)
        {
            return ApplyResult.Fail(RoomErrors.WrongType(op.Id, $"a {Describe(op.Kind)} (it is a {Describe(kind)})"));
        }

        if (op.Fields.Count == 0)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.Required, "An update must name at least one field.", ElementId: op.Id));
        }

        return op switch
        {
            UpdateStakeholder u => Update(u, Schemas.Stakeholder, Stakeholders, s => this with { Stakeholders = s }),
            UpdateTeamMember u => Update(u, Schemas.TeamMember, TeamMembers, s => this with { TeamMembers = s }),
            UpdateCoverage u => Update(u, Schemas.Coverage, Coverages, s => this with { Coverages = s }),
            UpdateRelationship u => UpdateRelationshipChecked(u),
            UpdateVisionLink u => UpdateVisionLinkChecked(u),
            UpdateVisionElement u => CheckMetricFields(VisionElements[u.Id].Type, u.Fields, u.Id) is { } error
                ? ApplyResult.Fail(error)
                : Update(u, Schemas.VisionElement, VisionElements, s => this with { VisionElements = s }),
            _ => ApplyResult.Fail(new RoomError(ErrorCodes.UnknownOperation, $"Unknown operation type '{op.Type}'.")),
        };
    }

    private static ApplyResult Update<T>(
        UpdateElement op,
        FieldSet<T> schema,
        ImmutableDictionary<string, T> items,
        Func<ImmutableDictionary<string, T>, RoomState> with)
        where T : class
    {
        var (entity, canonical, error) = schema.Apply(items[op.Id], op.Fields);
        return error is not null
            ? ApplyResult.Fail(error)
            : ApplyResult.Ok(with(items.SetItem(op.Id, entity!)), op with { Fields = canonical! });
    }

    private ApplyResult UpdateRelationshipChecked(UpdateRelationship op)
    {
        var (entity, canonical, error) = Schemas.Relationship.Apply(Relationships[op.Id], op.Fields);
        if (error is not null)
        {
            return ApplyResult.Fail(error);
        }

        return HasRelationship(entity!, exceptId: op.Id)
            ? ApplyResult.Fail(RoomErrors.DuplicateLink(op.Id))
            : ApplyResult.Ok(this with { Relationships = Relationships.SetItem(op.Id, entity!) }, op with { Fields = canonical! });
    }

    private ApplyResult UpdateVisionLinkChecked(UpdateVisionLink op)
    {
        var (entity, canonical, error) = Schemas.VisionLink.Apply(VisionLinks[op.Id], op.Fields);
        if (error is not null)
        {
            return ApplyResult.Fail(error);
        }

        return CheckVisionLink(entity!) is { } linkError
            ? ApplyResult.Fail(linkError)
            : ApplyResult.Ok(this with { VisionLinks = VisionLinks.SetItem(op.Id, entity!) }, op with { Fields = canonical! });
    }

    private ApplyResult ApplyUpdateRoom(UpdateRoom op)
    {
        if (op.Fields.Count == 0)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.Required, "An update must name at least one field."));
        }

        var (profile, canonical, error) = Schemas.Room.Apply(Profile, op.Fields);
        return error is not null
            ? ApplyResult.Fail(error)
            : ApplyResult.Ok(this with { Profile = profile! }, op with { Fields = canonical! });
    }

    private ApplyResult ApplyMove(MoveNode op)
    {
        if (!Ids.IsValid(op.Id))
        {
            return ApplyResult.Fail(RoomErrors.InvalidId(op.Id));
        }

        if (!Coordinates.AreValid(op.X, op.Y))
        {
            return ApplyResult.Fail(RoomErrors.InvalidCoordinates());
        }

        return KindOf(op.Id) switch
        {
            null => ApplyResult.Fail(RoomErrors.NotFound(op.Id)),
            ElementKind.Stakeholder => ApplyResult.Ok(
                this with { Stakeholders = Stakeholders.SetItem(op.Id, Stakeholders[op.Id] with { X = op.X, Y = op.Y }) }, op),
            ElementKind.TeamMember => ApplyResult.Ok(
                this with { TeamMembers = TeamMembers.SetItem(op.Id, TeamMembers[op.Id] with { X = op.X, Y = op.Y }) }, op),
            ElementKind.VisionElement => ApplyResult.Ok(
                this with { VisionElements = VisionElements.SetItem(op.Id, VisionElements[op.Id] with { X = op.X, Y = op.Y }) }, op),
            _ => ApplyResult.Fail(RoomErrors.WrongType(op.Id, "a node that can be moved")),
        };
    }

    private ApplyResult ApplyRemove(RemoveElement op)
    {
        if (!Ids.IsValid(op.Id))
        {
            return ApplyResult.Fail(RoomErrors.InvalidId(op.Id));
        }

        var kind = KindOf(op.Id);
        if (kind is null)
        {
            return ApplyResult.Fail(RoomErrors.NotFound(op.Id));
        }

        if (kind == ElementKind.Iteration)
        {
            return ApplyResult.Fail(RoomErrors.WrongType(op.Id, "an element that can be deleted (iterations stay in the history)"));
        }

        var removed = new HashSet<string>(StringComparer.Ordinal) { op.Id };
        foreach (var r in Relationships.Values)
        {
            if (removed.Contains(r.FromId) || removed.Contains(r.ToId))
            {
                removed.Add(r.Id);
            }
        }

        foreach (var c in Coverages.Values)
        {
            if (removed.Contains(c.TeamMemberId) || removed.Contains(c.StakeholderId))
            {
                removed.Add(c.Id);
            }
        }

        foreach (var l in VisionLinks.Values)
        {
            if (removed.Contains(l.FromId) || removed.Contains(l.ToId))
            {
                removed.Add(l.Id);
            }
        }

        foreach (var e in Endorsements.Values)
        {
            if (removed.Contains(e.StakeholderId) || removed.Contains(e.ElementId))
            {
                removed.Add(e.Id);
            }
        }

        return ApplyResult.Ok(
            this with
            {
                Stakeholders = Stakeholders.RemoveRange(removed),
                Relationships = Relationships.RemoveRange(removed),
                TeamMembers = TeamMembers.RemoveRange(removed),
                Coverages = Coverages.RemoveRange(removed),
                VisionElements = VisionElements.RemoveRange(removed),
                VisionLinks = VisionLinks.RemoveRange(removed),
                Endorsements = Endorsements.RemoveRange(removed),
                Index = Index.RemoveRange(removed),
                Threads = WithoutThreadsOn(removed),
            },
            op);
    }

    private ApplyResult ApplySetPhase(SetPhase op, OperationContext context)
    {
        if (!Enum.IsDefined(op.Phase))
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.InvalidValue, "Unknown journey phase.", "phase"));
        }

        if (op.Phase == Phase)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.InvalidValue, $"The room is already in the {op.Phase} phase.", "phase"));
        }

        var reason = op.Reason?.Trim();
        if (reason is { Length: > ReasonLength })
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.TooLong, $"A reason may be at most {ReasonLength:N0} characters.", "reason"));
        }

        reason = string.IsNullOrEmpty(reason) ? null : reason;
        var change = new PhaseChange(Phase, op.Phase, reason, Version + 1, context.AuthorName, context.At);
        return ApplyResult.Ok(
            this with
            {
                Phase = op.Phase,
                PhaseHistory = PhaseHistory.Add(change),
                Baseline = Iterations.IsEmpty ? this with { Baseline = null } : Baseline,
            },
            op with { Reason = reason });
    }

    private ApplyResult ApplyAcknowledgeGap(AcknowledgeGap op, OperationContext context)
    {
        if (string.IsNullOrWhiteSpace(op.GapId) || op.GapId.Length > 512)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.InvalidValue, "A gap id must be 1 to 512 characters.", "gapId"));
        }

        var reason = op.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.Required, "Say why the gap is acknowledged.", "reason"));
        }

        if (reason.Length > ReasonLength)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.TooLong, $"A reason may be at most {ReasonLength:N0} characters.", "reason"));
        }

        var acknowledgement = new GapAcknowledgement(op.GapId, reason, context.AuthorName, context.At, GapFingerprints.Of(this, op.GapId));
        return ApplyResult.Ok(
            this with { Acknowledgements = Acknowledgements.SetItem(op.GapId, acknowledgement) },
            op with { Reason = reason, Fingerprint = acknowledgement.Fingerprint });
    }

    private ApplyResult ApplyUnacknowledgeGap(UnacknowledgeGap op)
    {
        return Acknowledgements.ContainsKey(op.GapId ?? string.Empty)
            ? ApplyResult.Ok(this with { Acknowledgements = Acknowledgements.Remove(op.GapId!) }, op)
            : ApplyResult.Fail(new RoomError(ErrorCodes.NotFound, "That gap is not acknowledged.", "gapId"));
    }

    private ApplyResult ApplyMarkIteration(MarkIteration op, OperationContext context)
    {
        if (CheckNewId(op.Id) is { } idError)
        {
            return ApplyResult.Fail(idError);
        }

        var name = op.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.Required, "Give the iteration a name.", "name"));
        }

        if (name.Length > Schemas.NameLength)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.TooLong, $"An iteration name may be at most {Schemas.NameLength} characters.", "name"));
        }

        var iteration = new Iteration(op.Id, name, Version, context.AuthorName, context.At);
        return ApplyResult.Ok(
            this with
            {
                Iterations = Iterations.Add(iteration),
                Index = Index.Add(op.Id, ElementKind.Iteration),
                Baseline = this with { Baseline = null },
            },
            op with { Name = name });
    }
}
