using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Serialization;
using DealRoom.Web.Collaboration;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Persistence;

/// <summary>The op log and snapshots of rooms, on EF Core: one short-lived context per unit of work.</summary>
public sealed class RoomStore(IDbContextFactory<DealRoomDbContext> contexts, TimeProvider? clock = null)
{
    private DateTimeOffset Now => (clock ?? TimeProvider.System).GetUtcNow();

    /// <summary>Loads a room: its latest snapshot plus every later operation replayed. Null if the room does not exist.</summary>
    public async Task<RoomLoad?> LoadAsync(string roomId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var room = await RoomAsync(db, roomId, cancellationToken);
        if (room is null)
        {
            return null;
        }

        if (AccountRoomIds.AccountOf(roomId) is { } ownAccount)
        {
            await AccountProfileImport.ImportAsync(db, roomId, ownAccount, room.Name, cancellationToken);
        }

        var snapshot = await db.Snapshots.AsNoTracking()
            .Where(s => s.RoomId == roomId)
            .OrderByDescending(s => s.Version)
            .FirstOrDefaultAsync(cancellationToken);
        var state = snapshot is null ? RoomState.Create(roomId, room.Name) : SnapshotJson.Parse(snapshot.State);
        var operations = await ReadSinceAsync(db, roomId, state.Version, int.MaxValue, cancellationToken);
        state = RoomReplay.Replay(state, operations);

        // Every opId the room ever committed, so a resubmission is recognised whatever was restarted or snapshotted
        // since (one narrow column read; ~100 bytes per operation held by the session).
        var opIds = await db.Operations.AsNoTracking()
            .Where(o => o.RoomId == roomId && o.Version <= state.Version)
            .Select(o => new { o.OpId, o.Version })
            .ToListAsync(cancellationToken);
        return new RoomLoad(room.Id, state, operations, snapshot?.Version ?? 0, opIds.Select(o => KeyValuePair.Create(o.OpId, o.Version)).ToList())
        {
            Account = room.AccountId is { } accountId
                ? new AccountFacts(accountId, await db.AccountLeads.CountAsync(l => l.AccountId == accountId, cancellationToken))
                : null,
            Experts = await ExpertFacts.ForRoomAsync(db, roomId, cancellationToken),
        };
    }

    /// <summary>
    /// The room as it was at <paramref name="version"/> (the time machine): the latest snapshot at or before it, plus the
    /// logged operations up to it, replayed through the same Apply. Null when the room does not exist or the version is
    /// past its log.
    /// </summary>
    public async Task<RoomState?> LoadAtAsync(string roomId, long version, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var room = await RoomAsync(db, roomId, cancellationToken);
        if (room is null)
        {
            return null;
        }

        var snapshot = await db.Snapshots.AsNoTracking()
            .Where(s => s.RoomId == roomId && s.Version <= version)
            .OrderByDescending(s => s.Version)
            .FirstOrDefaultAsync(cancellationToken);
        var state = snapshot is null ? RoomState.Create(roomId, room.Name) : SnapshotJson.Parse(snapshot.State);
        var operations = await ReadSinceAsync(db, roomId, state.Version, (int)Math.Min(int.MaxValue, version - state.Version), cancellationToken);
        state = RoomReplay.Replay(state, operations);
        return state.Version == version ? state : null;
    }

    /// <summary>The operations after <paramref name="afterVersion"/>, in order, at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<CommittedOperation>> ReadSinceAsync(
        string roomId, long afterVersion, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadSinceAsync(db, roomId, afterVersion, max, cancellationToken);
    }

    /// <summary>Appends a batch of operations in one transaction. Throws <see cref="OpLogConflictException"/> when a version or opId is taken.</summary>
    public Task AppendAsync(string roomId, IReadOnlyList<CommittedOperation> operations, CancellationToken cancellationToken) =>
        AppendManyAsync([(roomId, operations)], cancellationToken);

    /// <summary>Appends the batches of several rooms in one transaction: all of them, or none.</summary>
    public async Task AppendManyAsync(IEnumerable<(string RoomId, IReadOnlyList<CommittedOperation> Operations)> batches, CancellationToken cancellationToken)
    {
        await using var appender = await OpenAppenderAsync(cancellationToken);
        await appender.AppendAsync(batches, cancellationToken);
    }

    /// <summary>
    /// A connection of its own, kept open, with the op log's INSERT prepared once: for the process's one writer,
    /// which appends on every commit. Not for concurrent use.
    /// </summary>
    public async Task<OpLogAppender> OpenAppenderAsync(CancellationToken cancellationToken)
    {
        string connectionString;
        System.Data.Common.DbProviderFactory factory;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            connectionString = db.Database.GetConnectionString()!;
            factory = System.Data.Common.DbProviderFactories.GetFactory(db.Database.GetDbConnection())!;
        }

        var connection = factory.CreateConnection()!;
        connection.ConnectionString = connectionString;
        try
        {
            await connection.OpenAsync(cancellationToken);
            await SqliteBusyTimeout.ApplyAsync(connection, cancellationToken);
            return new OpLogAppender(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The version an opId was committed at, if it was.</summary>
    public async Task<long?> FindVersionAsync(string roomId, string opId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Operations.AsNoTracking()
            .Where(o => o.RoomId == roomId && o.OpId == opId)
            .Select(o => (long?)o.Version)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task SaveSnapshotAsync(RoomState state, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var exists = await db.Snapshots.AnyAsync(s => s.RoomId == state.RoomId && s.Version == state.Version, cancellationToken);
        if (exists)
        {
            return;
        }

        db.Snapshots.Add(new SnapshotRecord
        {
            RoomId = state.RoomId,
            Version = state.Version,
            State = SnapshotJson.ToJson(state),
            At = Now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node saved the same snapshot first: the content is identical, nothing to do.
        }
    }

    public async Task<RoomRecord> CreateRoomAsync(string id, string name, string? accountId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var room = new RoomRecord { Id = id, Name = name, AccountId = accountId, CreatedAt = Now };
        db.Rooms.Add(room);
        await db.SaveChangesAsync(cancellationToken);
        return room;
    }

    private static async Task<IReadOnlyList<CommittedOperation>> ReadSinceAsync(
        DealRoomDbContext db, string roomId, long afterVersion, int max, CancellationToken cancellationToken)
    {
        var records = await db.Operations.AsNoTracking()
            .Where(o => o.RoomId == roomId && o.Version > afterVersion)
            .OrderBy(o => o.Version)
            .Take(max)
            .ToListAsync(cancellationToken);
        return records.Select(ToCommitted).ToList();
    }

    /// <summary>
    /// A deal room's row, or for an account's own sequencer (<see cref="AccountRoomIds"/>) a stand-in made from the
    /// account's row: the sequencer has no row in <c>Rooms</c>, so no room list, membership or invitation ever names it.
    /// </summary>
    private static async Task<RoomRecord?> RoomAsync(DealRoomDbContext db, string roomId, CancellationToken cancellationToken)
    {
        if (AccountRoomIds.AccountOf(roomId) is not { } accountId)
        {
            return await db.Rooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, cancellationToken);
        }

        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        return account is null ? null : new RoomRecord { Id = roomId, Name = account.Name, CreatedAt = account.CreatedAt };
    }

    private static CommittedOperation ToCommitted(OperationRecord record)
    {
        var (operation, error) = OperationJson.Parse(record.Payload);
        if (operation is null)
        {
            throw new InvalidDataException($"Room {record.RoomId}: logged operation {record.Version} cannot be read ({error?.Message}).");
        }

        return new CommittedOperation(record.Version, record.OpId, record.AuthorId, record.AuthorName, record.At, operation);
    }
}
