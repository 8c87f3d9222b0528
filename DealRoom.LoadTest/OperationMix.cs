using System.Globalization;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;

namespace DealRoom.LoadTest;

/// <summary>
/// What a person in a pursuit meeting does to a room, made against the client's own (possibly stale) replica:
/// field edits, single moves, adds, links, and deletes of what this client added. Races with other clients are
/// real (an element deleted under someone's edit is refused with not_found) and counted as refusals, not errors.
/// </summary>
public sealed class OperationMix(int seed, string prefix)
{
    private static readonly string[] Stances = ["Champion", "Supporter", "Neutral", "Skeptic", "Blocker", "Unknown"];
    private static readonly string[] Roles = ["ExecutiveSponsor", "EconomicBuyer", "DecisionMaker", "Influencer", "User", "Procurement", "TechnicalEvaluator"];
    private static readonly string[] Kinds = ["ReportsTo", "Influences", "AllyOf", "InConflictWith"];
    private static readonly string[] Strengths = ["Weak", "Medium", "Strong"];
    private static readonly VisionElementType[] Types = [VisionElementType.Challenge, VisionElementType.Concept, VisionElementType.DesiredResult, VisionElementType.Capability, VisionElementType.Risk];
    private readonly Random _random = new(seed);
    private readonly List<string> _own = [];
    private int _next;

    public Operation Next(RoomState state)
    {
        var roll = _random.Next(100);
        var stakeholder = Pick(state.Stakeholders.Keys, state.Stakeholders.Count);
        var element = Pick(state.VisionElements.Keys, state.VisionElements.Count);
        switch (roll)
        {
            case < 15 when stakeholder is not null:
                return new UpdateStakeholder(stakeholder, F(("stance", Stances[_random.Next(Stances.Length)])));
            case < 25 when stakeholder is not null:
                return new UpdateStakeholder(stakeholder, F(("title", $"Head of {Word()} {_random.Next(100)}")));
            case < 32 when stakeholder is not null:
                return new UpdateStakeholder(stakeholder, F(("buyingRole", Roles[_random.Next(Roles.Length)]), ("influence", N(_random.Next(1, 6)))));
            case < 40 when element is not null:
                return new UpdateVisionElement(element, F(("title", $"{Word()} idea {_random.Next(1000)}")));
            case < 50 when stakeholder is not null:
                return new MoveNode(stakeholder, Coord(), Coord());
            case < 62:
                return Remember(new AddStakeholder(NewId("sh"), Coord(), Coord(), F(("name", $"Person {prefix} {_next}"), ("title", "Manager"), ("power", N(_random.Next(1, 6))))));
            case < 67:
                return Remember(new AddVisionElement(NewId("ve"), Types[_random.Next(Types.Length)], Coord(), Coord(), F(("title", $"Idea {prefix} {_next}"))));
            case < 79 when state.Stakeholders.Count >= 2:
                return Remember(new AddRelationship(NewId("rel"), stakeholder!, Pick(state.Stakeholders.Keys, state.Stakeholders.Count)!, F(("kind", Kinds[_random.Next(Kinds.Length)]))));
            case < 83 when state.VisionElements.Count >= 2:
                return Remember(new AddVisionLink(NewId("vl"), element!, Pick(state.VisionElements.Keys, state.VisionElements.Count)!, F(("kind", "LeadsTo"))));
            case < 86:
                return new UpdateRoom(F(("compellingEvent", $"Board meeting in week {_random.Next(1, 53)}")));
            case < 95 when _own.Count > 0:
                var index = _random.Next(_own.Count);
                var id = _own[index];
                _own.RemoveAt(index);
                return new RemoveElement(id);
            case < 100 when state.Relationships.Count > 0:
                return new UpdateRelationship(Pick(state.Relationships.Keys, state.Relationships.Count)!, F(("strength", Strengths[_random.Next(Strengths.Length)])));
            default:
                return Remember(new AddStakeholder(NewId("sh"), Coord(), Coord(), F(("name", $"Person {prefix} {_next}"))));
        }
    }

    /// <summary>A cheap edit that always applies: a move or a title edit of the given node.</summary>
    public Operation Cheap(string stakeholderId) => _random.Next(2) == 0
        ? new MoveNode(stakeholderId, Coord(), Coord())
        : new UpdateStakeholder(stakeholderId, F(("title", $"Title {_random.Next(10_000)}")));

    /// <summary>The operations that make a pursuit-sized room: stakeholders, a team, vision elements, relationships.</summary>
    public static IEnumerable<Operation> SeedRoom(int stakeholders, int visionElements, int relationships)
    {
        yield return new UpdateRoom(F(("customerName", "Load Test Corp"), ("compellingEvent", "Contract renewal in June")));
        for (var i = 0; i < stakeholders; i++)
        {
            yield return new AddStakeholder($"sh-seed-{i}", i % 10 * 160, i / 10 * 120, F(
                ("name", $"Seed Person {i}"), ("title", $"Director {i}"), ("function", i % 2 == 0 ? "Finance" : "IT"),
                ("buyingRole", Roles[i % Roles.Length]), ("stance", Stances[i % Stances.Length]), ("influence", N(i % 5 + 1))));
        }

        for (var i = 0; i < 3; i++)
        {
            yield return new AddTeamMember($"tm-seed-{i}", -300, i * 100, F(("name", $"Seller {i}"), ("expertise", "Finance, IT")));
        }

        for (var i = 0; i < visionElements; i++)
        {
            yield return new AddVisionElement($"ve-seed-{i}", Types[i % Types.Length], i * 150, 900, F(("title", $"Seed idea {i}")));
        }

        for (var i = 0; i < relationships && stakeholders > 1; i++)
        {
            var from = i % stakeholders;
            var to = (from + 1 + i / stakeholders) % stakeholders;
            if (from != to)
            {
                yield return new AddRelationship($"rel-seed-{i}", $"sh-seed-{from}", $"sh-seed-{to}", F(("kind", Kinds[(i / stakeholders) % Kinds.Length])));
            }
        }
    }

    private Operation Remember(Operation op)
    {
        switch (op)
        {
            case AddStakeholder a: _own.Add(a.Id); break;
            case AddVisionElement a: _own.Add(a.Id); break;
            case AddRelationship a: _own.Add(a.Id); break;
            case AddVisionLink a: _own.Add(a.Id); break;
        }

        return op;
    }

    private string? Pick(IEnumerable<string> keys, int count) => count == 0 ? null : keys.ElementAt(_random.Next(count));

    private string NewId(string kind) => $"{kind}-{prefix}-{_next++}";

    private string Word() => Stances[_random.Next(Stances.Length)];

    private double Coord() => Math.Round(_random.NextDouble() * 2000, 1);

    internal static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static Dictionary<string, string?> F(params (string Name, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
