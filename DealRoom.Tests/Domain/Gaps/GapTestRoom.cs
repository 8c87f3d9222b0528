using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Tests.Domain.Gaps;

/// <summary>Builds rooms for gap tests through operations, the way a session does, failing the test on a refused one.</summary>
internal sealed class GapTestRoom
{
    /// <summary>Every operation is applied on this day unless <see cref="On"/> moves on, so go-live in these rooms is 2025-03-01.</summary>
    public static readonly DateTimeOffset Today = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private OperationContext _context = new("u-test", "Test Seller", Today);
    private int _next;

    public GapTestRoom(JourneyPhase phase = JourneyPhase.Awareness)
    {
        State = RoomState.Create("room-1", "Acme billing");
        if (phase >= JourneyPhase.Buying)
        {
            Phase(JourneyPhase.Buying);
        }

        if (phase == JourneyPhase.ImplementationAndAdoption)
        {
            Phase(JourneyPhase.ImplementationAndAdoption);
        }
    }

    public RoomState State { get; private set; }

    public GapReport Report => GapEngine.Evaluate(State);

    public GapTestRoom Apply(Operation operation)
    {
        var result = State.Apply(operation, _context);
        Assert.True(result.Succeeded, result.Error?.Message);
        State = result.State!;
        return this;
    }

    public GapTestRoom Stakeholder(string id, string name, params (string Field, string? Value)[] fields) =>
        Apply(new AddStakeholder(id, 0, 0, Fields(fields, ("name", name))));

    public GapTestRoom Update(string id, params (string Field, string? Value)[] fields) =>
        Apply(new UpdateStakeholder(id, Fields(fields)));

    public GapTestRoom Member(string id, string name, string? expertise = null, string? role = null) =>
        Apply(new AddTeamMember(id, 0, 0, Fields([("expertise", expertise), ("role", role)], ("name", name))));

    public GapTestRoom Covers(string memberId, string stakeholderId) =>
        Apply(new AddCoverage(NextId("cov"), memberId, stakeholderId, FieldValues.None));

    public GapTestRoom Element(string id, VisionElementType type, string title, params (string Field, string? Value)[] fields) =>
        Apply(new AddVisionElement(id, type, 0, 0, Fields(fields, ("title", title))));

    public GapTestRoom Link(string fromId, string toId, VisionLinkKind kind) =>
        Apply(new AddVisionLink(NextId("vl"), fromId, toId, Fields([("kind", kind.ToString())])));

    public GapTestRoom Endorse(string stakeholderId, string elementId, EndorsementKind kind = EndorsementKind.Endorses) =>
        Apply(new AddEndorsement(NextId("en"), stakeholderId, elementId, kind));

    public GapTestRoom Relationship(string fromId, string toId, RelationshipKind kind) =>
        Apply(new AddRelationship(NextId("rel"), fromId, toId, Fields([("kind", kind.ToString())])));

    public GapTestRoom Room(params (string Field, string? Value)[] fields) => Apply(new UpdateRoom(Fields(fields)));

    public GapTestRoom Phase(JourneyPhase phase, string? reason = null) => Apply(new SetPhase(phase, reason));

    /// <summary>Applies the next operations on another day (09:00 UTC).</summary>
    public GapTestRoom On(int year, int month, int day)
    {
        _context = _context with { At = new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero) };
        return this;
    }

    public GapTestRoom Iteration(string name = "Pursuit meeting") => Apply(new MarkIteration(NextId("it"), name));

    public GapTestRoom Acknowledge(string gapId, string reason = "Known; we work on it") => Apply(new AcknowledgeGap(gapId, reason));

    public GapTestRoom Move(string id) => Apply(new MoveNode(id, 100 + _next++, 50));

    /// <summary>The findings of one rule, open or acknowledged.</summary>
    public IReadOnlyList<Gap> Gaps(string ruleId)
    {
        var report = Report;
        return [.. report.Open.Concat(report.Acknowledged).Where(g => g.RuleId == ruleId)];
    }

    public Gap? Gap(string gapId) => Report.Find(gapId);

    private string NextId(string prefix) => $"{prefix}-{++_next}";

    private static Dictionary<string, string?> Fields((string Field, string? Value)[] fields, params (string Field, string? Value)[] required)
    {
        var all = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (field, value) in required.Concat(fields))
        {
            if (value is not null)
            {
                all[field] = value;
            }
        }

        return all;
    }
}
