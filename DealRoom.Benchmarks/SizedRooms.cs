using System.Globalization;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;

namespace DealRoom.Benchmarks;

/// <summary>
/// Rooms of a given size for the hot-path benchmarks, built through operations from a fixed seed: stakeholders with
/// realistic fields (a third visible to customers), relationships between distinct pairs, a team with coverage,
/// vision elements with links and endorsements.
/// </summary>
public static class SizedRooms
{
    public static readonly OperationContext Context = new("u-bench", "Bench", new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private static readonly string[] Stances = ["Champion", "Supporter", "Neutral", "Skeptic", "Blocker", "Unknown"];
    private static readonly string[] Roles = ["ExecutiveSponsor", "EconomicBuyer", "DecisionMaker", "Influencer", "User", "Procurement", "TechnicalEvaluator"];
    private static readonly string[] Kinds = ["ReportsTo", "Influences", "AllyOf", "InConflictWith"];
    private static readonly VisionElementType[] Types = Enum.GetValues<VisionElementType>();

    /// <summary>The operations that build the room, in order.</summary>
    public static List<Operation> Operations(int stakeholders, int relationships, int visionElements = 60, int team = 8)
    {
        var random = new Random(7);
        var ops = new List<Operation> { new UpdateRoom(F(("customerName", "Acme Group"), ("compellingEvent", "Legacy billing out of support in June"))) };
        for (var i = 0; i < stakeholders; i++)
        {
            ops.Add(new AddStakeholder($"sh-{i:0000}", i % 25 * 180, i / 25 * 120, F(
                ("name", $"Person {i}"), ("title", $"Director of things {i % 17}"), ("function", i % 3 == 0 ? "Finance" : "IT"),
                ("buyingRole", Roles[random.Next(Roles.Length)]), ("stance", Stances[random.Next(Stances.Length)]),
                ("power", N(random.Next(1, 6))), ("influence", N(random.Next(1, 6))),
                ("privateNotes", "Met at the kick-off; cares about the budget cycle and the migration plan."),
                ("visibleToCustomer", i % 3 == 0 ? "true" : "false"))));
        }

        for (var i = 0; i < team; i++)
        {
            ops.Add(new AddTeamMember($"tm-{i}", -400, i * 100, F(("name", $"Seller {i}"), ("expertise", "Finance, IT"))));
        }

        for (var i = 0; i < stakeholders / 5; i++)
        {
            ops.Add(new AddCoverage($"cov-{i}", $"tm-{i % team}", $"sh-{i * 5:0000}", F(("contactDepth", "BriefContact"))));
        }

        // Distinct (from, to) pairs: offsets 1, 2, 3 … around the ring of stakeholders.
        for (var i = 0; i < relationships; i++)
        {
            var from = i % stakeholders;
            var to = (from + 1 + i / stakeholders) % stakeholders;
            ops.Add(new AddRelationship($"rel-{i}", $"sh-{from:0000}", $"sh-{to:0000}", F(("kind", Kinds[random.Next(Kinds.Length)]))));
        }

        for (var i = 0; i < visionElements; i++)
        {
            ops.Add(new AddVisionElement($"ve-{i}", Types[i % Types.Length], i * 150, 5000, F(("title", $"Idea {i}"), ("description", "A longer description of the idea."))));
        }

        for (var i = 0; i + 1 < visionElements; i += 2)
        {
            ops.Add(new AddVisionLink($"vl-{i}", $"ve-{i}", $"ve-{i + 1}", F(("kind", "LeadsTo"))));
        }

        for (var i = 0; i < stakeholders / 4; i++)
        {
            ops.Add(new AddEndorsement($"en-{i}", $"sh-{i * 3 % stakeholders:0000}", $"ve-{i % visionElements}", EndorsementKind.Endorses));
        }

        return ops;
    }

    public static RoomState Build(int stakeholders, int relationships) => Replay(RoomState.Create("room-sized", "Sized room"), Operations(stakeholders, relationships));

    /// <summary>
    /// 10,000 operations as a session would log them: the room is built, then edited (stance and title edits,
    /// moves, new relationships, removals), every one valid against the state before it.
    /// </summary>
    public static List<Operation> Log(int count)
    {
        var ops = Operations(300, 450);
        var random = new Random(11);
        var state = Replay(RoomState.Create("room-log", "Log room"), ops);
        var next = 0;
        var ids = Enumerable.Range(0, 300).Select(i => $"sh-{i:0000}").ToList(); // kept in order: dictionary order varies by process
        while (ops.Count < count)
        {
            var id = ids[random.Next(ids.Count)];
            Operation op = random.Next(100) switch
            {
                < 40 => new MoveNode(id, random.Next(4000), random.Next(4000)),
                < 65 => new UpdateStakeholder(id, F(("stance", Stances[random.Next(Stances.Length)]))),
                < 80 => new UpdateStakeholder(id, F(("title", $"Title {random.Next(1000)}"))),
                < 90 => new AddRelationship($"rel-x{next++}", id, ids[random.Next(ids.Count)], F(("kind", Kinds[random.Next(Kinds.Length)]))),
                < 96 => new AddStakeholder($"sh-x{next++}", random.Next(4000), random.Next(4000), F(("name", $"New {next}"))),
                _ => new RemoveElement(id),
            };
            var result = state.Apply(op, Context);
            if (result.State is not null)
            {
                state = result.State;
                ops.Add(result.Applied!);
                if (op is AddStakeholder added)
                {
                    ids.Add(added.Id);
                }
                else if (op is RemoveElement)
                {
                    ids.Remove(id);
                }
            }
        }

        return ops;
    }

    public static RoomState Replay(RoomState state, IEnumerable<Operation> ops)
    {
        foreach (var op in ops)
        {
            var result = state.Apply(op, Context);
            state = result.State ?? throw new InvalidOperationException($"{op.Type} refused: {result.Error?.Code} {result.Error?.Message}");
        }

        return state;
    }

    public static Dictionary<string, string?> F(params (string Field, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
