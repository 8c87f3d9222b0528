using System.Globalization;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Benchmarks;

/// <summary>Rooms for the benchmarks, built through operations like a session builds them, from a fixed seed.</summary>
public static class BenchmarkRooms
{
    private static readonly OperationContext Context = new("u-bench", "Bench", new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private static readonly string[] Functions = ["Finance", "IT", "Operations", "Procurement", "Legal", "Sales", "HR", "Logistics"];
    private static readonly string[] Expertise = ["Finance", "IT", "Cloud migration", "Operations", "Legal", "Data", "Security"];

    private static readonly (VisionElementType Type, int Count)[] Mix =
    [
        (VisionElementType.CurrentState, 10), (VisionElementType.Challenge, 60), (VisionElementType.Concept, 60),
        (VisionElementType.Perspective, 30), (VisionElementType.DesiredResult, 60), (VisionElementType.Win, 40),
        (VisionElementType.Metric, 80), (VisionElementType.Capability, 40), (VisionElementType.Milestone, 50),
        (VisionElementType.Risk, 50), (VisionElementType.FutureState, 20),
    ];

    /// <summary>1,000 stakeholders, 3,000 relationships, 500 vision elements, 25 team members and what hangs on them.</summary>
    public static RoomState Big(JourneyPhase phase)
    {
        var random = new Random(42);
        var state = RoomState.Create("room-big", "Global billing platform");
        state = Apply(state, new UpdateRoom(F(("customerName", "Acme Group"), ("compellingEvent", "Legacy billing out of support in June"))));

        var stakeholders = new List<string>();
        for (var i = 0; i < 1_000; i++)
        {
            var id = $"sh-{i:0000}";
            stakeholders.Add(id);
            state = Apply(state, new AddStakeholder(id, i % 40 * 120, i / 40 * 80, F(
                ("name", $"Person {i}"),
                ("title", $"Title {i % 17}"),
                ("function", Functions[random.Next(Functions.Length)]),
                ("buyingRole", Pick<BuyingRole>(random)),
                ("influence", N(random.Next(1, 6))),
                ("power", N(random.Next(1, 6))),
                ("stance", Pick<Stance>(random)),
                ("decisionStyle", Pick<DecisionStyle>(random)),
                ("responseMode", Pick<ResponseMode>(random)),
                ("informationPreference", Pick<InformationPreference>(random)),
                ("phaseJoined", Pick<JourneyPhase>(random)),
                ("onboarded", random.Next(2) == 0 ? "true" : "false"),
                ("valueConfirmed", random.Next(4) == 0 ? "true" : "false"),
                ("dateLeft", random.Next(20) == 0 ? "2025-01-15" : null))));
        }

        var team = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            var id = $"tm-{i:00}";
            team.Add(id);
            state = Apply(state, new AddTeamMember(id, -500, i * 80, F(
                ("name", $"Member {i}"), ("expertise", $"{Expertise[i % Expertise.Length]}, {Expertise[(i + 3) % Expertise.Length]}"))));
        }

        var pairs = new HashSet<(string, string, RelationshipKind)>();
        while (pairs.Count < 3_000)
        {
            var from = stakeholders[random.Next(stakeholders.Count)];
            var to = stakeholders[random.Next(stakeholders.Count)];
            var kind = random.Next(30) == 0 ? RelationshipKind.DelegatedTo : (RelationshipKind)random.Next((int)RelationshipKind.DelegatedTo);
            if (from != to && pairs.Add((from, to, kind)))
            {
                state = Apply(state, new AddRelationship($"rel-{pairs.Count}", from, to, F(("kind", kind.ToString()))));
            }
        }

        var covered = new HashSet<(string, string)>();
        while (covered.Count < 600)
        {
            var member = team[random.Next(team.Count)];
            var stakeholder = stakeholders[random.Next(stakeholders.Count)];
            if (covered.Add((member, stakeholder)))
            {
                state = Apply(state, new AddCoverage($"cov-{covered.Count}", member, stakeholder, FieldValues.None));
            }
        }

        var byType = new Dictionary<VisionElementType, List<string>>();
        foreach (var (type, count) in Mix)
        {
            byType[type] = [];
            for (var i = 0; i < count; i++)
            {
                var id = $"ve-{type}-{i}".ToLowerInvariant();
                byType[type].Add(id);
                var fields = new List<(string, string?)> { ("title", $"{type} {i}"), ("area", Expertise[random.Next(Expertise.Length)] + (i % 3 == 0 ? " strategy" : string.Empty)) };
                if (type == VisionElementType.Metric)
                {
                    fields.Add(("currentValue", N(random.Next(10, 100))));
                    fields.Add(("targetValue", random.Next(3) == 0 ? null : N(random.Next(10, 100))));
                    fields.Add(("measuredValue", random.Next(2) == 0 ? null : N(random.Next(10, 100))));
                }

                state = Apply(state, new AddVisionElement(id, type, i * 50, (int)type * 100, F([.. fields])));
            }
        }

        var links = 0;
        void Link(VisionElementType from, VisionElementType to, VisionLinkKind kind, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var a = byType[from][i % byType[from].Count];
                var b = byType[to][random.Next(byType[to].Count)];
                if (!state.VisionLinks.Values.Any(l => l.FromId == a && l.ToId == b && l.Kind == kind))
                {
                    state = Apply(state, new AddVisionLink($"vl-{++links}", a, b, F(("kind", kind.ToString()))));
                }
            }
        }

        Link(VisionElementType.DesiredResult, VisionElementType.Metric, VisionLinkKind.MeasuredBy, 50);
        Link(VisionElementType.Concept, VisionElementType.Challenge, VisionLinkKind.Addresses, 60);
        Link(VisionElementType.Milestone, VisionElementType.FutureState, VisionLinkKind.StepOf, 30);
        Link(VisionElementType.Milestone, VisionElementType.Risk, VisionLinkKind.Mitigates, 35);
        Link(VisionElementType.Capability, VisionElementType.DesiredResult, VisionLinkKind.ContributesTo, 40);
        Link(VisionElementType.CurrentState, VisionElementType.FutureState, VisionLinkKind.LeadsTo, 10);

        var endorsements = 0;
        foreach (var s in stakeholders)
        {
            void Endorse(VisionElementType type, EndorsementKind kind, int percent)
            {
                if (random.Next(100) < percent)
                {
                    var element = byType[type][random.Next(byType[type].Count)];
                    state = Apply(state, new AddEndorsement($"en-{++endorsements}", s, element, kind));
                }
            }

            Endorse(VisionElementType.Concept, EndorsementKind.Holds, 60);
            Endorse(VisionElementType.DesiredResult, EndorsementKind.Wants, 50);
            Endorse(VisionElementType.Win, EndorsementKind.Gains, 40);
            Endorse(VisionElementType.FutureState, EndorsementKind.Endorses, 40);
            Endorse(VisionElementType.Metric, EndorsementKind.Endorses, 30);
            Endorse(VisionElementType.Perspective, EndorsementKind.Endorses, 20);
        }

        // An iteration, then some movement since, so the history rules have work to do.
        state = Apply(state, new MarkIteration("it-1", "Pursuit meeting 1"));
        for (var i = 0; i < 50; i++)
        {
            state = Apply(state, new UpdateStakeholder(stakeholders[random.Next(stakeholders.Count)], F(("stance", Pick<Stance>(random)))));
        }

        if (phase != JourneyPhase.Awareness)
        {
            state = Apply(state, new SetPhase(JourneyPhase.Buying, "Decision to change"));
        }

        if (phase == JourneyPhase.ImplementationAndAdoption)
        {
            state = Apply(state, new SetPhase(JourneyPhase.ImplementationAndAdoption, "Signed"));
        }

        return AcknowledgeSome(state, 25);
    }

    /// <summary>A pursuit-meeting room: 8 stakeholders, 3 team members, 15 vision elements.</summary>
    public static RoomState Demo(JourneyPhase phase)
    {
        var state = RoomState.Create("room-demo", "Acme billing");
        (string Id, string Name, string Role, string Stance, string Influence, string Function)[] people =
        [
            ("sh-ana", "Ana Ruiz", "EconomicBuyer", "Skeptic", "4", "Finance"),
            ("sh-ben", "Ben Ng", "DecisionMaker", "Supporter", "4", "IT"),
            ("sh-cy", "Cy Park", "ExecutiveSponsor", "Champion", "5", "Operations"),
            ("sh-dee", "Dee Moss", "Influencer", "Neutral", "3", "Operations"),
            ("sh-eli", "Eli Roth", "TechnicalEvaluator", "Supporter", "2", "IT"),
            ("sh-fay", "Fay Lind", "User", "Unknown", "2", "Operations"),
            ("sh-gus", "Gus Hale", "Procurement", "Neutral", "3", "Procurement"),
            ("sh-hal", "Hal Ode", "Gatekeeper", "Blocker", "3", "Legal"),
        ];
        foreach (var p in people)
        {
            state = Apply(state, new AddStakeholder(p.Id, 0, 0, F(
                ("name", p.Name), ("buyingRole", p.Role), ("stance", p.Stance), ("influence", p.Influence), ("function", p.Function))));
        }

        state = Apply(state, new AddTeamMember("tm-sam", 0, 0, F(("name", "Sam Seller"), ("role", "DealOwner"))));
        state = Apply(state, new AddTeamMember("tm-kim", 0, 0, F(("name", "Kim Presales"), ("expertise", "IT, Cloud migration"))));
        state = Apply(state, new AddTeamMember("tm-val", 0, 0, F(("name", "Val Finance"), ("expertise", "Finance"))));
        state = Apply(state, new AddCoverage("cov-1", "tm-sam", "sh-cy", FieldValues.None));
        state = Apply(state, new AddCoverage("cov-2", "tm-kim", "sh-ben", FieldValues.None));

        (string Id, VisionElementType Type, string Title)[] elements =
        [
            ("cs-1", VisionElementType.CurrentState, "Invoices go out 12 days late"),
            ("ch-1", VisionElementType.Challenge, "Cash tied up in receivables"),
            ("con-1", VisionElementType.Concept, "Outsource billing"),
            ("con-2", VisionElementType.Concept, "Automate in-house"),
            ("per-1", VisionElementType.Perspective, "Automate first, outsource exceptions"),
            ("res-1", VisionElementType.DesiredResult, "Cut DSO by 10 days"),
            ("res-2", VisionElementType.DesiredResult, "Close the month in 3 days"),
            ("win-1", VisionElementType.Win, "Cy's board recognition"),
            ("m-1", VisionElementType.Metric, "DSO"),
            ("m-2", VisionElementType.Metric, "Days to close"),
            ("cap-1", VisionElementType.Capability, "Billing automation"),
            ("ms-1", VisionElementType.Milestone, "Pilot in Spain"),
            ("ms-2", VisionElementType.Milestone, "Legal review of the MSA"),
            ("risk-1", VisionElementType.Risk, "Data migration slips"),
            ("fs-1", VisionElementType.FutureState, "Billing runs itself"),
        ];
        foreach (var e in elements)
        {
            state = Apply(state, new AddVisionElement(e.Id, e.Type, 0, 0, F(("title", e.Title))));
        }

        state = Apply(state, new AddVisionLink("vl-1", "res-1", "m-1", F(("kind", "MeasuredBy"))));
        state = Apply(state, new AddVisionLink("vl-2", "ms-1", "fs-1", F(("kind", "StepOf"))));
        state = Apply(state, new AddEndorsement("en-1", "sh-ana", "con-1", EndorsementKind.Holds));
        state = Apply(state, new AddEndorsement("en-2", "sh-ben", "con-2", EndorsementKind.Holds));
        state = Apply(state, new AddEndorsement("en-3", "sh-cy", "fs-1", EndorsementKind.Endorses));
        state = Apply(state, new AddEndorsement("en-4", "sh-cy", "res-1", EndorsementKind.Wants));
        state = Apply(state, new MarkIteration("it-1", "First pursuit meeting"));
        state = Apply(state, new UpdateStakeholder("sh-ben", F(("stance", "Skeptic"))));
        if (phase != JourneyPhase.Awareness)
        {
            state = Apply(state, new SetPhase(JourneyPhase.Buying, null));
        }

        if (phase == JourneyPhase.ImplementationAndAdoption)
        {
            state = Apply(state, new SetPhase(JourneyPhase.ImplementationAndAdoption, null));
        }

        return AcknowledgeSome(state, 2);
    }

    private static RoomState AcknowledgeSome(RoomState state, int count)
    {
        var open = GapEngine.Evaluate(state).Open;
        for (var i = 0; i < count && i < open.Count; i++)
        {
            state = Apply(state, new AcknowledgeGap(open[i * open.Count / count].Id, "Known, on the plan"));
        }

        return state;
    }

    private static RoomState Apply(RoomState state, Operation op)
    {
        var result = state.Apply(op, Context);
        return result.State ?? throw new InvalidOperationException($"{op.Type} refused: {result.Error?.Message}");
    }

    private static Dictionary<string, string?> F(params (string Field, string? Value)[] fields)
    {
        var all = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (field, value) in fields)
        {
            if (value is not null)
            {
                all[field] = value;
            }
        }

        return all;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Pick<T>(Random random, T? except = null)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        while (true)
        {
            var value = values[random.Next(values.Length)];
            if (except is null || !value.Equals(except.Value))
            {
                return value.ToString();
            }
        }
    }
}
