using System.Reflection;
using DealRoom.Domain.Accounts;
using DealRoom.Domain.Audience;
using DealRoom.Domain.Comments;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Canvas;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>
/// Every operation type is wired into every place that must know it: the wire form (read and write), Apply, the
/// customer projection, the customer permissions and the canvas. A new type that misses one fails here, by name.
/// </summary>
public sealed class OperationTypeCoverageTests
{
    private static readonly OperationContext Context = new("u-1", "Alex", new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    /// <summary>One valid sample of each type, applicable to <see cref="BaseRoom"/>.</summary>
    private static readonly Dictionary<Type, Operation> Samples = new Operation[]
    {
        new AddStakeholder("sh-new", 100, 100, F(("name", "Nina"), ("visibleToCustomer", "true"))),
        new AddTeamMember("tm-new", 100, 300, F(("name", "Riley"))),
        new AddVisionElement("ve-new", VisionElementType.DesiredResult, 100, 100, F(("title", "Faster quotes"))),
        new AddRelationship("rel-new", "sh-2", "sh-1", F(("kind", "Influences"))),
        new AddCoverage("cov-new", "tm-1", "sh-2", F(("currentLevel", "Vendor"))),
        new AddVisionLink("vl-new", "ve-2", "ve-1", F(("kind", "LeadsTo"))),
        new AddEndorsement("en-new", "sh-1", "ve-2", EndorsementKind.Endorses),
        new UpdateStakeholder("sh-1", F(("stance", "Skeptic"))),
        new UpdateRelationship("rel-1", F(("strength", "Strong"))),
        new UpdateTeamMember("tm-1", F(("expertise", "Finance"))),
        new UpdateCoverage("cov-1", F(("contactDepth", "InDepth"))),
        new UpdateVisionElement("ve-1", F(("description", "Their own words"))),
        new UpdateVisionLink("vl-1", F(("kind", "LeadsTo"))),
        new UpdateRoom(F(("customerName", "Northwind"))),
        new MoveNode("sh-1", 250, 250),
        new RemoveElement("sh-2"),
        new SetPhase(JourneyPhase.Buying, "Decision to change signed off by the CFO"),
        new AcknowledgeGap("C3", "Sponsor named next week"),
        new UnacknowledgeGap("C3"),
        new MarkIteration("it-1", "First meeting"),
        new Undo { Target = 3, Count = 1 },
        new Redo(),
        new GroupChanges(3),
        new StartThread("th-new", "ve-1", ThreadVisibility.Shared, "Is this their word for it?", []),
        new ReplyToThread("c-new", "th-1", "Yes, @Riley checked", ["u-2"]),
        new ResolveThread("th-1"),
        new ReopenThread("th-1"),
        new SuggestChange("sg-new", "Call it what we call it", new UpdateVisionElement("ve-1", F(("title", "One platform")))),
        new AcceptSuggestion("sg-1"),
        new DeclineSuggestion("sg-1", "Not in this phase"),
        new SetAccountItem("ai-1", AccountItemKind.FinancialPerformance, "Revenue", "2.6 bn EUR", "FY2026") { BaseVersion = 1 },
        new RemoveAccountItem("ai-1"),
    }.ToDictionary(o => o.GetType());

    public static TheoryData<string> TypeNames => [.. ConcreteTypes().Select(t => t.Name)];

    [Fact]
    public void EveryOperationType_ShouldHaveASample_SoTheChecksBelowCoverIt()
    {
        var missing = ConcreteTypes().Where(t => !Samples.ContainsKey(t)).Select(t => t.Name).ToList();

        Assert.True(missing.Count == 0, "Operation types without a sample here: " + string.Join(", ", missing));
    }

    [Fact]
    public void WireNames_ShouldBeUniqueAndKnownToTheReader()
    {
        var names = Samples.Values.Select(o => o.Type).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(names.Order(StringComparer.Ordinal), OperationJson.TypeNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void OperationType_ShouldRoundTripApplyProjectAndHavePermissionAndCanvasRules(string typeName)
    {
        var operation = Samples.Single(s => s.Key.Name == typeName).Value;
        var before = BaseRoom();
        if (operation is UnacknowledgeGap)
        {
            before = before.Apply(new AcknowledgeGap("C3", "Later"), Context).State!;
        }

        if (operation is ReopenThread)
        {
            before = before.Apply(new ResolveThread("th-1"), Context).State!;
        }

        if (operation is SetAccountItem or RemoveAccountItem)
        {
            // Account items live only in an account's own sequencer.
            before = RoomState.Create(AccountRoomIds.For("acc-coverage"), "Coverage account")
                .Apply(new SetAccountItem("ai-1", AccountItemKind.FinancialPerformance, "Revenue", "2.4 bn EUR", "FY2025"), Context).State!;
        }

        // The wire form: written, read back, written again to the same text.
        var json = OperationJson.ToJson(operation);
        var (read, error) = OperationJson.Parse(json);
        Assert.Null(error);
        Assert.Equal(operation.GetType(), read!.GetType());
        Assert.Equal(json, OperationJson.ToJson(read));

        // Apply knows it.
        var applied = before.Apply(read, Context);
        Assert.True(applied.Succeeded, $"{typeName} did not apply: {applied.Error?.Code} {applied.Error?.Message}");

        // The customer projection, the customer permissions and the canvas each have an explicit rule (they throw for
        // a type they do not know).
        var projected = CustomerProjection.ProjectOperation(before, applied.State!, applied.Applied!);
        Assert.NotNull(projected);
        _ = CustomerPermissions.Check(before, read, "sh-1");
        _ = CanvasAdapter.AffectedIds(read).ToList();
    }

    public static TheoryData<string> TypesTheGapRulesCannotSee =>
        [.. Samples.Values.Where(o => !GapInputs.MayChangeFindings(o)).Select(o => o.GetType().Name).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(TypesTheGapRulesCannotSee))]
    public void OperationTheGapRulesCannotSee_ShouldLeaveTheFindingsAsTheyWere(string typeName)
    {
        // The session skips the gap rules after such a batch, so applying one must never change a finding: here in the
        // coverage room, and for moves also in the demo room (whose findings are real) with every card moved.
        var sample = Samples.Single(s => s.Key.Name == typeName).Value;
        var coverage = sample is ReopenThread ? BaseRoom().Apply(new ResolveThread("th-1"), Context).State! : BaseRoom();
        var rooms = sample is MoveNode ? new[] { coverage, DemoState() } : [coverage];
        foreach (var before in rooms)
        {
            var operations = sample is MoveNode
                ? before.Stakeholders.Keys.Concat(before.VisionElements.Keys).Concat(before.TeamMembers.Keys).Select(id => (Operation)new MoveNode(id, 999, -40))
                : [sample];
            var findings = GapEngine.Evaluate(before);
            Assert.NotEmpty(findings.Open);
            var after = before;
            foreach (var operation in operations)
            {
                var applied = after.Apply(operation, Context);
                after = applied.State ?? throw new InvalidOperationException($"{operation.Type} did not apply: {applied.Error?.Message}");
            }

            Assert.True(GapReports.SameFindings(findings, GapEngine.Evaluate(after)), $"{typeName} changed the gap findings of {before.RoomId}");
        }
    }

    [Fact]
    public void OperationsTheGapRulesCanSee_ShouldIncludeEveryOneThatChangesFieldsOrTheGraph()
    {
        // The ones that change what rules read: a field edit, a new link, a removal, an undo, an accepted suggestion.
        Operation[] seen = [Samples[typeof(UpdateStakeholder)], Samples[typeof(AddRelationship)], Samples[typeof(RemoveElement)], Samples[typeof(Undo)], Samples[typeof(AcceptSuggestion)], Samples[typeof(SetPhase)], Samples[typeof(MarkIteration)]];

        Assert.All(seen, o => Assert.True(GapInputs.MayChangeFindings(o), o.Type));
    }

    private static RoomState DemoState()
    {
        var state = RoomState.Create(DemoRoom.RoomId, "Demo");
        foreach (var operation in DemoRoom.Operations())
        {
            state = state.Apply(operation, Context).State ?? state;
        }

        return state;
    }

    private static IEnumerable<Type> ConcreteTypes() =>
        typeof(Operation).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Operation)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>A small room every sample applies to.</summary>
    private static RoomState BaseRoom()
    {
        var state = RoomState.Create("room-coverage", "Coverage room");
        Operation[] setup =
        [
            new AddStakeholder("sh-1", 0, 0, F(("name", "Erik"), ("visibleToCustomer", "true"))),
            new AddStakeholder("sh-2", 200, 0, F(("name", "Olga"))),
            new AddTeamMember("tm-1", 0, 300, F(("name", "Alex"))),
            new AddRelationship("rel-1", "sh-1", "sh-2", F(("kind", "ReportsTo"))),
            new AddCoverage("cov-1", "tm-1", "sh-1", F()),
            new AddVisionElement("ve-1", VisionElementType.Concept, 0, 0, F(("title", "One CRM"))),
            new AddVisionElement("ve-2", VisionElementType.Challenge, 200, 0, F(("title", "Slow quotes"))),
            new AddVisionLink("vl-1", "ve-1", "ve-2", F(("kind", "Addresses"))),
            new StartThread("th-1", "sh-1", ThreadVisibility.Internal, "Who covers Erik?", []),
            new SuggestChange("sg-1", "Add the budget owner's goal", new AddVisionElement("ve-s", VisionElementType.DesiredResult, 50, 50, F(("title", "Budget")))),
        ];
        foreach (var op in setup)
        {
            var result = state.Apply(op, Context);
            state = result.State ?? throw new InvalidOperationException($"setup {op.Type}: {result.Error?.Message}");
        }

        return state;
    }

    private static Dictionary<string, string?> F(params (string Name, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value);
}
