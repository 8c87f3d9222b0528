using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.Serialization;

/// <summary>
/// The operations that build a room's maps again in another room: its profile, every element with every field, every
/// link, coverage and endorsement, in an order in which each one's ends already exist. Submitted like any client's
/// operations, so the importing room validates each one; history (iterations, phase changes, acknowledgements) is not
/// carried over, the phase is.
/// </summary>
public static class RoomImport
{
    public static IReadOnlyList<Operation> OperationsFor(RoomState source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var operations = new List<Operation> { new UpdateRoom(Schemas.Room.ReadAll(source.Profile)) };
        operations.AddRange(source.Stakeholders.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Select(AddOf));
        operations.AddRange(source.TeamMembers.Values.OrderBy(t => t.Id, StringComparer.Ordinal).Select(AddOf));
        operations.AddRange(source.VisionElements.Values.OrderBy(v => v.Id, StringComparer.Ordinal).Select(AddOf));
        operations.AddRange(source.Relationships.Values.OrderBy(r => r.Id, StringComparer.Ordinal).Select(AddOf));
        operations.AddRange(source.Coverages.Values.OrderBy(c => c.Id, StringComparer.Ordinal).Select(AddOf));
        operations.AddRange(source.VisionLinks.Values.OrderBy(l => l.Id, StringComparer.Ordinal).Select(AddOf));
        operations.AddRange(source.Endorsements.Values.OrderBy(e => e.Id, StringComparer.Ordinal).Select(AddOf));
        if (source.Phase != Stakeholders.JourneyPhase.Awareness)
        {
            operations.Add(new SetPhase(source.Phase, "Imported"));
        }

        return operations;
    }

    /// <summary>The operation that adds this element again, every field as it is.</summary>
    public static AddStakeholder AddOf(Stakeholders.Stakeholder s) => new(s.Id, s.X, s.Y, Schemas.Stakeholder.ReadAll(s));

    public static AddTeamMember AddOf(Team.TeamMember t) => new(t.Id, t.X, t.Y, Schemas.TeamMember.ReadAll(t));

    public static AddVisionElement AddOf(Vision.VisionElement v) => new(v.Id, v.Type, v.X, v.Y, VisionFields(v));

    public static AddRelationship AddOf(Stakeholders.Relationship r) => new(r.Id, r.FromId, r.ToId, Schemas.Relationship.ReadAll(r));

    public static AddCoverage AddOf(Team.Coverage c) => new(c.Id, c.TeamMemberId, c.StakeholderId, Schemas.Coverage.ReadAll(c));

    public static AddVisionLink AddOf(Vision.VisionLink l) => new(l.Id, l.FromId, l.ToId, Schemas.VisionLink.ReadAll(l));

    public static AddEndorsement AddOf(Vision.Endorsement e) => new(e.Id, e.StakeholderId, e.ElementId, e.Kind);

    /// <summary>A vision element's fields; the metric-only ones only for a metric (another type refuses them, even empty).</summary>
    private static IReadOnlyDictionary<string, string?> VisionFields(Vision.VisionElement element)
    {
        var fields = Schemas.VisionElement.ReadAll(element);
        if (element.Type != Vision.VisionElementType.Metric)
        {
            foreach (var name in Schemas.MetricOnlyFields)
            {
                fields.Remove(name);
            }
        }

        return fields;
    }
}
