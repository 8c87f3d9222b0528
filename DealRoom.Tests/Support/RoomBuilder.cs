using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Tests.Support;

/// <summary>
/// Builds a room through real operations (so every built state is one the domain can reach), and checks that an
/// operation applies or is refused without side effects.
/// </summary>
public sealed class RoomBuilder
{
    public const string RoomId = "room-1";

    /// <summary>The author and time every operation is applied with unless a test says otherwise.</summary>
    public static readonly OperationContext Context =
        new("user-ann", "Ann Seller", new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(1)));

    private RoomState _state;

    public RoomBuilder(string roomId = RoomId, string name = "Acme renewal")
    {
        _state = RoomState.Create(roomId, name);
    }

    public static IReadOnlyDictionary<string, string?> Fields(params (string Name, string? Value)[] fields)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return values;
    }

    public RoomBuilder Stakeholder(string id, params (string Name, string? Value)[] fields) =>
        With(new AddStakeholder(id, 0, 0, Fields([("name", "Person " + id), .. fields])));

    public RoomBuilder TeamMember(string id, params (string Name, string? Value)[] fields) =>
        With(new AddTeamMember(id, 0, 0, Fields([("name", "Member " + id), .. fields])));

    public RoomBuilder VisionElement(string id, VisionElementType type, params (string Name, string? Value)[] fields) =>
        With(new AddVisionElement(id, type, 0, 0, Fields([("title", $"{type} {id}"), .. fields])));

    public RoomBuilder Relationship(string id, string fromId, string toId, RelationshipKind kind = RelationshipKind.ReportsTo) =>
        With(new AddRelationship(id, fromId, toId, Fields(("kind", kind.ToString()))));

    public RoomBuilder Coverage(string id, string teamMemberId, string stakeholderId) =>
        With(new AddCoverage(id, teamMemberId, stakeholderId, FieldValues.None));

    public RoomBuilder VisionLink(string id, string fromId, string toId, VisionLinkKind kind) =>
        With(new AddVisionLink(id, fromId, toId, Fields(("kind", kind.ToString()))));

    public RoomBuilder Endorsement(string id, string stakeholderId, string elementId, EndorsementKind kind = EndorsementKind.Endorses) =>
        With(new AddEndorsement(id, stakeholderId, elementId, kind));

    public RoomBuilder Iteration(string id, string name = "Iteration") => With(new MarkIteration(id, name));

    public RoomBuilder With(Operation operation)
    {
        var result = _state.Apply(operation, Context);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The builder's {operation.Type} was refused: {result.Error!.Code} {result.Error.Message}");
        }

        _state = result.State!;
        return this;
    }

    public RoomState Build() => _state;

    /// <summary>
    /// A room with one of most things: two stakeholders with a relationship, a covering team member, a concept
    /// addressing a challenge, a result, a metric, a future state, a win, a risk, an endorsement and an iteration.
    /// </summary>
    public static RoomState Populated() => new RoomBuilder()
        .Stakeholder("sh-ceo", ("buyingRole", "ExecutiveSponsor"))
        .Stakeholder("sh-cfo", ("buyingRole", "EconomicBuyer"))
        .TeamMember("tm-ann")
        .VisionElement("ve-concept", VisionElementType.Concept)
        .VisionElement("ve-challenge", VisionElementType.Challenge)
        .VisionElement("ve-result", VisionElementType.DesiredResult)
        .VisionElement("ve-metric", VisionElementType.Metric)
        .VisionElement("ve-future", VisionElementType.FutureState)
        .VisionElement("ve-win", VisionElementType.Win)
        .VisionElement("ve-risk", VisionElementType.Risk)
        .Relationship("rel-1", "sh-cfo", "sh-ceo")
        .Coverage("cov-1", "tm-ann", "sh-ceo")
        .VisionLink("vl-1", "ve-concept", "ve-challenge", VisionLinkKind.Addresses)
        .Endorsement("en-1", "sh-ceo", "ve-future")
        .Iteration("it-1", "Kick-off")
        .Build();
}
