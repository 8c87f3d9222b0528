using System.Reflection;
using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Serialization;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration.Hub;

namespace DealRoom.Tests.Docs;

/// <summary>docs/protocol.md must name everything an outside client can send or receive.</summary>
public sealed class ProtocolDocTests
{
    private static readonly string Protocol = File.ReadAllText(RepositoryRoot.File("docs", "protocol.md"));

    public static TheoryData<string> OperationTypes => new(OperationJson.TypeNames);

    public static TheoryData<string> ErrorCodeValues => new(typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!));

    public static TheoryData<string> FieldNames => new(
        Schemas.Stakeholder.All.Select(f => f.Name)
            .Concat(Schemas.TeamMember.All.Select(f => f.Name))
            .Concat(Schemas.Relationship.All.Select(f => f.Name))
            .Concat(Schemas.Coverage.All.Select(f => f.Name))
            .Concat(Schemas.VisionElement.All.Select(f => f.Name))
            .Concat(Schemas.VisionLink.All.Select(f => f.Name))
            .Concat(Schemas.Room.All.Select(f => f.Name))
            .Distinct());

    public static TheoryData<string> HubMethods => new(typeof(DealRoomHub)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => m.Name != nameof(DealRoomHub.OnDisconnectedAsync))
        .Select(m => m.Name));

    public static TheoryData<string> ClientMessages => new(typeof(IDealRoomClient).GetMethods().Select(m => m.Name));

    [Theory]
    [MemberData(nameof(OperationTypes))]
    public void Protocol_ShouldDocumentWithAnExample_EveryOperationType(string type) =>
        Assert.Contains($"\"type\": \"{type}\"", Protocol, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(ErrorCodeValues))]
    public void Protocol_ShouldDocument_EveryErrorCode(string code) =>
        Assert.Contains($"| `{code}` |", Protocol, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(FieldNames))]
    public void Protocol_ShouldDocument_EveryField(string field) =>
        Assert.Contains($"| `{field}` |", Protocol, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(HubMethods))]
    public void Protocol_ShouldDocument_EveryHubMethod(string method) =>
        Assert.Contains($"### `{method}`", Protocol, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(ClientMessages))]
    public void Protocol_ShouldDocument_EveryMessageTheServerSends(string message) =>
        Assert.Contains($"### `{message}`", Protocol, StringComparison.Ordinal);
}
