using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace DealRoom.Tests.ScaleOut;

/// <summary>
/// A hub client that submits a random workload and, when its node goes away, does what a real client must: connect
/// to another node, join with the last version it saw, and resubmit the operation that was never acknowledged with
/// its original opId (the server answers a duplicate with the version it was committed at).
/// </summary>
public sealed class FailoverClient : IAsyncDisposable
{
    private const int MaxUnavailableRetries = 100;
    private readonly string _token;
    private readonly RandomOperations _generator;
    private readonly List<(string OpId, long Version)> _acked = [];

    private FailoverClient(string name, DealRoomServer node, RoomClient client, string token, int seed)
    {
        Name = name;
        Node = node;
        Client = client;
        _token = token;
        _generator = new RandomOperations(seed, name);
    }

    public string Name { get; }

    /// <summary>The node this client is connected to now.</summary>
    public DealRoomServer Node { get; private set; }

    public RoomClient Client { get; private set; }

    public int Refused { get; private set; }

    public int Reconnects { get; private set; }

    /// <summary>Operations sent again after a failed call or an unavailable answer.</summary>
    public int Resubmitted { get; private set; }

    /// <summary>Resubmissions the server answered as duplicates: the first try had been committed, its ack lost.</summary>
    public int DuplicateAcks { get; private set; }

    /// <summary>Every acknowledged opId with the version the server gave it.</summary>
    public IReadOnlyList<(string OpId, long Version)> Acked => _acked;

    public static async Task<FailoverClient> JoinAsync(
        string name, DealRoomServer node, string roomId, string token, int seed, CancellationToken cancellationToken)
    {
        var client = await RoomClient.ConnectAsync(node.HubUrl, roomId, token, cancellationToken);
        var joined = await client.JoinAsync(cancellationToken);
        Assert.True(joined.GetProperty("ok").GetBoolean(), $"{name} could not join: {joined}");
        return new FailoverClient(name, node, client, token, seed);
    }

    /// <summary>
    /// Submits <paramref name="count"/> operations one after another. When a call fails because the node is gone
    /// (<paramref name="nodeLost"/> completes), moves to <paramref name="fallback"/> and carries on.
    /// </summary>
    public async Task RunAsync(int count, DealRoomServer fallback, Task nodeLost, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var opId = $"op-{Name}-{i}";
            var operation = _generator.Next(Client.State!);
            for (var attempt = 0; ; attempt++)
            {
                JsonElement answer;
                Resubmitted += attempt > 0 ? 1 : 0;
                try
                {
                    answer = await Client.SubmitAsync(operation, cancellationToken, opId);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not Xunit.Sdk.XunitException)
                {
                    await FailOverAsync(ex, fallback, nodeLost, cancellationToken);
                    continue;
                }

                if (answer.GetProperty("ok").GetBoolean())
                {
                    _acked.Add((opId, answer.GetProperty("version").GetInt64()));
                    DuplicateAcks += answer.GetProperty("duplicate").GetBoolean() ? 1 : 0;
                    break;
                }

                var code = answer.GetProperty("error").GetProperty("code").GetString();
                if (code != ErrorCodes.Unavailable)
                {
                    // A refusal (e.g. the element was deleted by someone else): a real client drops it and moves on.
                    Refused++;
                    break;
                }

                // The room could not commit (its node is stopping, or it lost too many races): same op, same opId.
                Assert.True(attempt < MaxUnavailableRetries, $"{Name}: {opId} stayed unavailable: {answer}");
                await Task.Delay(20, cancellationToken);
                if (Client.Connection.State != HubConnectionState.Connected)
                {
                    await FailOverAsync(new InvalidOperationException("disconnected"), fallback, nodeLost, cancellationToken);
                }
            }
        }
    }

    public async ValueTask DisposeAsync() => await Client.DisposeAsync();

    private async Task FailOverAsync(Exception cause, DealRoomServer fallback, Task nodeLost, CancellationToken cancellationToken)
    {
        // Only a node that was really taken away may fail a call; anything else is a bug to report.
        var lost = await Task.WhenAny(nodeLost, Task.Delay(TimeSpan.FromSeconds(15), cancellationToken));
        if (lost != nodeLost || ReferenceEquals(Node, fallback))
        {
            throw new InvalidOperationException($"{Name}: a call failed on a live node ({Node.BaseUrl}).", cause);
        }

        var previous = Client;
        var next = await RoomClient.ConnectAsync(fallback.HubUrl, previous.RoomId, _token, cancellationToken, resumeFrom: previous.State);
        var joined = await next.JoinAsync(cancellationToken, sinceVersion: previous.Version);
        Assert.True(joined.GetProperty("ok").GetBoolean(), $"{Name} could not rejoin on {fallback.BaseUrl}: {joined}");
        Client = next;
        Node = fallback;
        Reconnects++;
        await previous.DisposeAsync();
    }
}
