using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Domain.Serialization;

public class RoomReplicaTests
{
    private static readonly OperationContext Context = new("u-1", "Ana", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Replica_ShouldApplyInVersionOrder_WhenMessagesArriveShuffledAndTwice()
    {
        var (start, final, messages) = History(seed: 5, count: 120);
        var replica = new RoomReplica();
        replica.ApplyCatchUp(Join(start));
        var shuffled = messages.Concat(messages.Take(10)).OrderBy(_ => Random.Shared.Next()).ToList();

        foreach (var message in shuffled)
        {
            replica.ApplyOperation(message);
        }

        Assert.Null(replica.Error);
        Assert.Equal(SnapshotJson.ToJson(final), SnapshotJson.ToJson(replica.State!));
    }

    [Fact]
    public void Replica_ShouldWaitAtAGap_UntilTheMissingVersionArrives()
    {
        var (start, _, messages) = History(seed: 6, count: 5);
        var replica = new RoomReplica();
        replica.ApplyCatchUp(Join(start));

        replica.ApplyOperation(messages[1]);
        replica.ApplyOperation(messages[2]);
        Assert.Equal(start.Version, replica.Version);
        Assert.True(replica.HasGap);

        replica.ApplyOperation(messages[0]);
        Assert.Equal(start.Version + 3, replica.Version);
        Assert.False(replica.HasGap);
    }

    [Fact]
    public void Replica_ShouldReportADivergence_WhenAnOperationDoesNotApply()
    {
        var replica = new RoomReplica(resumeFrom: RoomState.Create("r", "Deal"));

        replica.ApplyOperation(Message(1, new MoveNode("sh-nowhere", 1, 1)));

        Assert.NotNull(replica.Error);
        Assert.Contains("not_found", replica.Error, StringComparison.Ordinal);
    }

    private static (RoomState Start, RoomState Final, List<JsonElement> Messages) History(int seed, int count)
    {
        var start = RoomState.Create("r", "Deal");
        var state = start;
        var generator = new RandomOperations(seed, "h");
        var messages = new List<JsonElement>();
        while (messages.Count < count)
        {
            var result = state.Apply(generator.Next(state), Context);
            if (result.Succeeded)
            {
                state = result.State!;
                messages.Add(Message(state.Version, result.Applied!));
            }
        }

        return (start, state, messages);
    }

    private static JsonElement Join(RoomState state) =>
        JsonDocument.Parse($$"""{ "snapshot": {{SnapshotJson.ToJson(state)}}, "operations": null }""").RootElement;

    private static JsonElement Message(long version, Operation op) => JsonDocument.Parse(
        $$"""{ "version": {{version}}, "opId": "op-{{version}}", "authorId": "u-1", "authorName": "Ana", "at": "1970-01-01T00:00:00+00:00", "operation": {{OperationJson.ToJson(op)}} }""").RootElement;
}
