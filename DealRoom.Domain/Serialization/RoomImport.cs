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
        operations.AddRange(source.Stakeholders.Values.OrderBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => new AddStakeholder(s.Id, s.X, s.Y, Schemas.Stakeholder.ReadAll(s))));
        operations.AddRange(source.TeamMembers.Values.OrderBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => new AddTeamMember(t.Id, t.X, t.Y, Schemas.TeamMember.ReadAll(t))));
        operations.AddRange(source.VisionElements.Values.OrderBy(v => v.Id, StringComparer.Ordinal)
            .Select(v => new AddVisionElement(v.Id, v.Type, v.X, v.Y, VisionFields(v))));
        operations.AddRange(source.Relationships.Values.OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new AddRelationship(r.Id, r.FromId, r.ToId, Schemas.Relationship.ReadAll(r))));
        operations.AddRange(source.Coverages.Values.OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new AddCoverage(c.Id, c.TeamMemberId, c.StakeholderId, Schemas.Coverage.ReadAll(c))));
        operations.AddRange(source.VisionLinks.Values.OrderBy(l => l.Id, StringComparer.Ordinal)
            .Select(l => new AddVisionLink(l.Id, l.FromId, l.ToId, Schemas.VisionLink.ReadAll(l))));
        operations.AddRange(source.Endorsements.Values.OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new AddEndorsement(e.Id, e.StakeholderId, e.ElementId, e.Kind)));
        if (source.Phase != Stakeholders.JourneyPhase.Awareness)
        {
            operations.Add(new SetPhase(source.Phase, "Imported"));
        }

        return operations;
    }

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
