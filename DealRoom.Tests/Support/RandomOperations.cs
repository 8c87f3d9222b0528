using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;

namespace DealRoom.Tests.Support;

/// <summary>
/// Makes plausible random edits against a (possibly stale) replica: adds, moves, edits of the same and of
/// different fields, links and deletes, so concurrent clients race on the same elements.
/// </summary>
public sealed class RandomOperations(int seed, string prefix)
{
    private static readonly string[] Stances = ["Champion", "Supporter", "Neutral", "Skeptic", "Blocker", "Unknown"];
    private static readonly string[] Roles = ["ExecutiveSponsor", "EconomicBuyer", "DecisionMaker", "Influencer", "User", "Procurement"];
    private static readonly VisionElementType[] Types = Enum.GetValues<VisionElementType>();
    private readonly Random _random = new(seed);
    private int _next;

    public Operation Next(RoomState state)
    {
        var stakeholders = state.Stakeholders.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        var elements = state.VisionElements.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        var team = state.TeamMembers.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        var roll = _random.Next(100);
        if (stakeholders.Count < 4 || roll < 12)
        {
            return new AddStakeholder(NewId("sh"), Coord(), Coord(), Fields(("name", $"Person {_next}"), ("power", $"{_random.Next(1, 6)}")));
        }

        if (team.Count < 2 || roll < 15)
        {
            return new AddTeamMember(NewId("tm"), Coord(), Coord(), Fields(("name", $"Seller {_next}")));
        }

        if (elements.Count < 4 || roll < 22)
        {
            return new AddVisionElement(NewId("ve"), Types[_random.Next(Types.Length)], Coord(), Coord(), Fields(("title", $"Idea {_next}")));
        }

        return roll switch
        {
            < 45 => new MoveNode(Pick(stakeholders.Concat(elements).ToList()), Coord(), Coord()),
            < 55 => new UpdateStakeholder(Pick(stakeholders), Fields(("stance", Stances[_random.Next(Stances.Length)]))),
            < 62 => new UpdateStakeholder(Pick(stakeholders), Fields(("title", $"Title {_random.Next(1000)}"))),
            < 68 => new UpdateStakeholder(Pick(stakeholders), Fields(("buyingRole", Roles[_random.Next(Roles.Length)]), ("influence", $"{_random.Next(1, 6)}"))),
            < 73 => new UpdateVisionElement(Pick(elements), Fields(("title", $"Idea v{_random.Next(1000)}"))),
            < 80 => new AddRelationship(NewId("rel"), Pick(stakeholders), Pick(stakeholders), Fields(("kind", _random.Next(2) == 0 ? "Influences" : "ReportsTo"))),
            < 84 => new AddCoverage(NewId("cov"), Pick(team), Pick(stakeholders), Fields(("contactDepth", "BriefContact"))),
            < 88 => new AddVisionLink(NewId("vl"), Pick(elements), Pick(elements), Fields(("kind", "LeadsTo"))),
            < 90 => new AddEndorsement(NewId("en"), Pick(stakeholders), Pick(elements), EndorsementKind.Endorses),
            < 93 => new UpdateStakeholder(Pick(stakeholders), Fields(("visibleToCustomer", _random.Next(2) == 0 ? "true" : "false"), ("privateNotes", $"Note {_random.Next(1000)}"))),
            < 97 => new RemoveElement(Pick(_random.Next(3) == 0 ? elements : stakeholders)),
            _ => new UpdateRoom(Fields(("compellingEvent", $"Event {_random.Next(1000)}"))),
        };
    }

    private string NewId(string kind) => $"{kind}-{prefix}-{_next++}";

    private double Coord() => Math.Round(_random.NextDouble() * 2000, 1);

    private string Pick(IReadOnlyList<string> ids) => ids[_random.Next(ids.Count)];

    private static Dictionary<string, string?> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => (string?)f.Value, StringComparer.Ordinal);
}
