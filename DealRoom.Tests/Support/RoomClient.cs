using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace DealRoom.Tests.Support;

/// <summary>
/// A real SignalR client over WebSockets that keeps its own replica of a room, built only from what the protocol
/// sends: the join snapshot, then every broadcast operation applied in version order.
/// </summary>
public sealed class RoomClient : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<JsonElement> _received = [];
    private readonly List<(string Method, JsonElement Message)> _messages = [];
    private RoomReplica _replica = new();

    private RoomClient(HubConnection connection, string roomId)
    {
        Connection = connection;
        RoomId = roomId;
        connection.On<JsonElement>("OperationApplied", OnOperation);
        connection.On<JsonElement>("RoomReset", OnReset);
        connection.On<JsonElement>("SessionEnded", m => Record("SessionEnded", m));
        connection.On<JsonElement>("PresenceChanged", m => Record("PresenceChanged", m));
        connection.On<JsonElement>("BroughtHere", m => Record("BroughtHere", m));
        connection.On<JsonElement>("Signal", m => Record("Signal", m));
    }

    public HubConnection Connection { get; }

    public string RoomId { get; }

    /// <summary>The replica's state (null before joining).</summary>
    public RoomState? State
    {
        get
        {
            lock (_lock)
            {
                return _replica.State;
            }
        }
    }

    public long Version => State?.Version ?? -1;

    /// <summary>A customer sees only some versions: apply whatever arrives, in order, without waiting for gaps.</summary>
    public bool Sparse => _replica.Sparse;

    /// <summary>Every OperationApplied message received, raw.</summary>
    public IReadOnlyList<JsonElement> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Connects as the demo room owner (every test room is owned by them).</summary>
    public static async Task<RoomClient> ConnectAsync(
        DealRoomServer server, string roomId, CancellationToken cancellationToken, RoomState? resumeFrom = null) =>
        await ConnectAsync(server.HubUrl, roomId, await server.OwnerTokenAsync(cancellationToken), cancellationToken, resumeFrom);

    public static async Task<RoomClient> ConnectAsync(
        string hubUrl, string roomId, string? accessToken, CancellationToken cancellationToken, RoomState? resumeFrom = null, bool sparse = false)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hubUrl, o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult(accessToken);
            })
            .Build();
        var client = new RoomClient(connection, roomId) { _replica = new RoomReplica(sparse, resumeFrom) };
        await connection.StartAsync(cancellationToken);
        return client;
    }

    /// <summary>Joins the room: from scratch, or from <paramref name="sinceVersion"/> to catch up.</summary>
    public async Task<JsonElement> JoinAsync(CancellationToken cancellationToken, long? sinceVersion = null)
    {
        var request = sinceVersion is null ? (object)new { roomId = RoomId } : new { roomId = RoomId, sinceVersion };
        var result = await Connection.InvokeAsync<JsonElement>("JoinRoom", request, cancellationToken);
        if (!result.GetProperty("ok").GetBoolean())
        {
            return result;
        }

        lock (_lock)
        {
            _replica.ApplyCatchUp(result);
        }

        return result;
    }

    /// <summary>Submits an operation and returns the ack or error (the hub's answer).</summary>
    public Task<JsonElement> SubmitAsync(Operation operation, CancellationToken cancellationToken, string? opId = null) =>
        SubmitRawAsync(JsonDocument.Parse(OperationJson.ToJson(operation)).RootElement, cancellationToken, opId);

    public Task<JsonElement> SubmitRawAsync(object operation, CancellationToken cancellationToken, string? opId = null) =>
        Connection.InvokeAsync<JsonElement>(
            "Submit",
            new { roomId = RoomId, opId = opId ?? Ids.New("op"), baseVersion = Version, operation },
            cancellationToken);

    /// <summary>
    /// The participants in the last PresenceChanged received, each as "name=selection,selection" in the message's
    /// order, joined by ";"; null before the first.
    /// </summary>
    public string? LastPresence
    {
        get
        {
            lock (_lock)
            {
                var last = _messages.LastOrDefault(m => m.Method == "PresenceChanged").Message;
                return last.ValueKind == JsonValueKind.Undefined
                    ? null
                    : string.Join(";", last.GetProperty("participants").EnumerateArray().Select(p =>
                        $"{p.GetProperty("name").GetString()}={string.Join(",", p.GetProperty("selection").EnumerateArray().Select(s => s.GetString()))}"));
            }
        }
    }

    /// <summary>
    /// Each participant's viewport in the last PresenceChanged received, as "name=map@x,y*zoom" (or "name=none"),
    /// joined by ";"; null before the first.
    /// </summary>
    public string? LastViewports
    {
        get
        {
            lock (_lock)
            {
                var last = _messages.LastOrDefault(m => m.Method == "PresenceChanged").Message;
                return last.ValueKind == JsonValueKind.Undefined
                    ? null
                    : string.Join(";", last.GetProperty("participants").EnumerateArray().Select(p =>
                        $"{p.GetProperty("name").GetString()}={DescribeViewport(p.GetProperty("viewport"))}"));
            }
        }
    }

    private static string DescribeViewport(JsonElement viewport) =>
        viewport.ValueKind == JsonValueKind.Null
            ? "none"
            : FormattableString.Invariant($"{viewport.GetProperty("map").GetString()}@{viewport.GetProperty("x").GetDouble()},{viewport.GetProperty("y").GetDouble()}*{viewport.GetProperty("zoom").GetDouble()}");

    /// <summary>Every message from the server (OperationApplied, RoomReset, SessionEnded, PresenceChanged, BroughtHere, Signal), in order of arrival.</summary>
    public IReadOnlyList<(string Method, JsonElement Message)> Messages
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>
    /// Waits until the replica reaches <paramref name="version"/>. Like any client following the protocol, it asks
    /// for the missing operations with GetChanges when later versions wait on one that never came.
    /// </summary>
    public async Task WaitForVersionAsync(long version, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        var stuckSince = DateTime.UtcNow;
        var lastSeen = Version;
        while (Version < version)
        {
            bool hasGap;
            lock (_lock)
            {
                if (_replica.Error is { } error)
                {
                    throw new InvalidOperationException("The replica diverged: " + error);
                }

                hasGap = _replica.HasGap;
            }

            if (Version != lastSeen)
            {
                (lastSeen, stuckSince) = (Version, DateTime.UtcNow);
            }
            else if (hasGap && DateTime.UtcNow - stuckSince > TimeSpan.FromMilliseconds(250))
            {
                var changes = await Connection.InvokeAsync<JsonElement>("GetChanges", new { roomId = RoomId, sinceVersion = lastSeen }, cts.Token);
                lock (_lock)
                {
                    _replica.ApplyCatchUp(changes);
                }

                stuckSince = DateTime.UtcNow;
            }

            try
            {
                await Task.Delay(10, cts.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Client stayed at version {Version}, expected {version}.");
            }
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private void OnReset(JsonElement message)
    {
        lock (_lock)
        {
            _messages.Add(("RoomReset", message.Clone()));
            _replica.Reset(message);
        }
    }

    private void Record(string method, JsonElement message)
    {
        lock (_lock)
        {
            _messages.Add((method, message.Clone()));
        }
    }

    private void OnOperation(JsonElement message)
    {
        lock (_lock)
        {
            _messages.Add(("OperationApplied", message.Clone()));
            _received.Add(message.Clone());
            _replica.ApplyOperation(message);
        }
    }
}
