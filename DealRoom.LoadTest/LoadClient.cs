using System.Diagnostics;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace DealRoom.LoadTest;

/// <summary>
/// One real SignalR client over WebSockets with a bearer token. It keeps a replica of its room built only from what
/// the protocol sends (the join snapshot or operations, then every OperationApplied applied in version order with
/// the domain's own <see cref="RoomState.Apply"/>), and reports each arrival to a <see cref="FanOutTracker"/>.
/// </summary>
public sealed class LoadClient : IAsyncDisposable
{
    private static int _nextId;
    private readonly Lock _lock = new();
    private readonly FanOutTracker? _tracker;
    private RoomReplica _replica = new();

    private LoadClient(HubConnection connection, string roomId, FanOutTracker? tracker, bool keepReplica)
    {
        Connection = connection;
        RoomId = roomId;
        _tracker = tracker;
        if (keepReplica || tracker is not null)
        {
            connection.On<JsonElement>("OperationApplied", message => OnOperation(message, keepReplica));
        }

        KeepsReplica = keepReplica;
    }

    public int Id { get; } = Interlocked.Increment(ref _nextId);

    public HubConnection Connection { get; }

    public string RoomId { get; }

    public bool KeepsReplica { get; }

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

    /// <summary>Set when a broadcast operation did not apply on the replica (a divergence).</summary>
    public string? ReplicaError
    {
        get
        {
            lock (_lock)
            {
                return _replica.Error;
            }
        }
    }

    public static async Task<LoadClient> ConnectAsync(
        string baseUrl, string token, string roomId, FanOutTracker? tracker, bool keepReplica, CancellationToken cancellationToken, RoomState? resumeFrom = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(baseUrl.TrimEnd('/') + "/hubs/dealroom", o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        connection.ServerTimeout = TimeSpan.FromSeconds(60);
        var client = new LoadClient(connection, roomId, tracker, keepReplica) { _replica = new RoomReplica(resumeFrom: resumeFrom) };
        await connection.StartAsync(cancellationToken);
        return client;
    }

    /// <summary>Joins the room, from scratch or from <paramref name="sinceVersion"/>; returns the room's version in the answer.</summary>
    public async Task<long> JoinAsync(CancellationToken cancellationToken, long? sinceVersion = null)
    {
        var request = sinceVersion is null ? (object)new { roomId = RoomId } : new { roomId = RoomId, sinceVersion };
        var result = await Connection.InvokeAsync<JsonElement>("JoinRoom", request, cancellationToken);
        if (!result.GetProperty("ok").GetBoolean())
        {
            throw new InvalidOperationException($"JoinRoom {RoomId} failed: {result.GetProperty("error")}");
        }

        lock (_lock)
        {
            _replica.ApplyCatchUp(result);
        }

        return result.GetProperty("version").GetInt64();
    }

    /// <summary>Submits an operation; returns the hub's answer (the ack after commit, or an error).</summary>
    public async Task<SubmitOutcome> SubmitAsync(Operation operation, string opId, CancellationToken cancellationToken)
    {
        var request = new { roomId = RoomId, opId, baseVersion = Version, operation = JsonElement.Parse(OperationJson.ToJson(operation)) };
        var answer = await Connection.InvokeAsync<JsonElement>("Submit", request, cancellationToken);
        if (answer.GetProperty("ok").GetBoolean())
        {
            return new SubmitOutcome(answer.GetProperty("version").GetInt64(), null);
        }

        return new SubmitOutcome(answer.GetProperty("version").GetInt64(), answer.GetProperty("error").GetProperty("code").GetString());
    }

    /// <summary>Waits until the replica reaches <paramref name="version"/>; false on timeout.</summary>
    public async Task<bool> WaitForVersionAsync(long version, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Version < version)
        {
            if (Stopwatch.GetTimestamp() > deadline || ReplicaError is not null)
            {
                return false;
            }

            await Task.Delay(5, cancellationToken);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Connection.DisposeAsync();
        }
        catch (Exception)
        {
            // Closing a connection the server already dropped.
        }
    }

    private void OnOperation(JsonElement message, bool keepReplica)
    {
        var arrived = Stopwatch.GetTimestamp();
        _tracker?.Delivered(message.GetProperty("opId").GetString()!, Id, arrived);
        if (!keepReplica)
        {
            return;
        }

        lock (_lock)
        {
            _replica.ApplyOperation(message);
        }
    }
}

/// <summary>The answer to a Submit: the version, and the error code when refused.</summary>
public sealed record SubmitOutcome(long Version, string? ErrorCode)
{
    public bool Ok => ErrorCode is null;
}
