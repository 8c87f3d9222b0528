using System.Globalization;
using StackExchange.Redis;

namespace DealRoom.Web.Collaboration.ScaleOut;

/// <summary>
/// The lease that names the one node sequencing a room: <c>{prefix}:room-owner:{roomId}</c> holds the node id and
/// expires unless renewed. Each step is one Lua script, so a check and its change are atomic on the Redis server.
/// </summary>
public sealed class RoomLease(IConnectionMultiplexer redis, string prefix, TimeSpan lease)
{
    private const string AcquireScript = """
        local owner = redis.call('GET', KEYS[1])
        if owner then return owner end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        return ARGV[1]
        """;

    private const string RenewScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return 0
        """;

    private const string TakeOverScript = """
        local owner = redis.call('GET', KEYS[1])
        if owner == false or owner == ARGV[1] or owner == ARGV[2] then
          redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
          return 1
        end
        return 0
        """;

    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    private readonly RedisValue _milliseconds = ((long)lease.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

    public TimeSpan Duration => lease;

    public RedisKey Key(string roomId) => $"{prefix}:room-owner:{roomId}";

    /// <summary>The holder of the lease, after taking it for <paramref name="nodeId"/> when nobody held it.</summary>
    public async Task<string> AcquireAsync(string roomId, string nodeId) =>
        (string?)await Database.ScriptEvaluateAsync(AcquireScript, [Key(roomId)], [nodeId, _milliseconds]).ConfigureAwait(false)
        ?? throw new InvalidOperationException("The lease script returned no holder.");

    /// <summary>Extends the lease; false when <paramref name="nodeId"/> no longer holds it.</summary>
    public async Task<bool> RenewAsync(string roomId, string nodeId) =>
        (long)await Database.ScriptEvaluateAsync(RenewScript, [Key(roomId)], [nodeId, _milliseconds]).ConfigureAwait(false) == 1;

    /// <summary>Takes the lease when it is free or still names <paramref name="formerOwner"/>; false when a third node holds it.</summary>
    public async Task<bool> TakeOverAsync(string roomId, string nodeId, string formerOwner) =>
        (long)await Database.ScriptEvaluateAsync(TakeOverScript, [Key(roomId)], [nodeId, formerOwner, _milliseconds]).ConfigureAwait(false) == 1;

    /// <summary>Gives the lease up, if <paramref name="nodeId"/> still holds it.</summary>
    public async Task ReleaseAsync(string roomId, string nodeId) =>
        await Database.ScriptEvaluateAsync(ReleaseScript, [Key(roomId)], [nodeId]).ConfigureAwait(false);

    /// <summary>The node holding the lease now, if any.</summary>
    public async Task<string?> HolderAsync(string roomId) => await Database.StringGetAsync(Key(roomId)).ConfigureAwait(false);

    private IDatabase Database => redis.GetDatabase();
}
