using DealRoom.Domain.Rooms;
using System.Data.Common;
using DealRoom.Domain.Serialization;
using DealRoom.Web.Collaboration;

namespace DealRoom.Web.Persistence;

/// <summary>
/// Appends to the op log with plain SQL on one open connection: one INSERT command, prepared on first use and
/// reused for every row of every transaction (the same SQL on SQLite and PostgreSQL). This is the hottest write of
/// the product, so it skips EF Core's change tracking and a context per commit. One caller at a time.
/// </summary>
public sealed class OpLogAppender : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbCommand _insert;
    private readonly DbParameter _room;
    private readonly DbParameter _version;
    private readonly DbParameter _opId;
    private readonly DbParameter _authorId;
    private readonly DbParameter _authorName;
    private readonly DbParameter _at;
    private readonly DbParameter _type;
    private readonly DbParameter _payload;

    internal OpLogAppender(DbConnection connection)
    {
        _connection = connection;
        _insert = connection.CreateCommand();
        _insert.CommandText = """
            INSERT INTO "Operations" ("RoomId", "Version", "OpId", "AuthorId", "AuthorName", "At", "Type", "Payload")
            VALUES (@room, @version, @opId, @authorId, @authorName, @at, @type, @payload)
            """;
        _room = Parameter("@room");
        _version = Parameter("@version");
        _opId = Parameter("@opId");
        _authorId = Parameter("@authorId");
        _authorName = Parameter("@authorName");
        _at = Parameter("@at");
        _type = Parameter("@type");
        _payload = Parameter("@payload");
    }

    /// <summary>
    /// Appends the batches in one transaction: all of them, or none. Throws <see cref="OpLogConflictException"/>
    /// when the database refuses a row (a version or opId already taken); the connection stays usable after that.
    /// </summary>
    public async Task AppendAsync(IEnumerable<(string RoomId, IReadOnlyList<CommittedOperation> Operations)> batches, CancellationToken cancellationToken)
    {
        var count = 0;
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        try
        {
            _insert.Transaction = transaction;
            foreach (var (roomId, operations) in batches)
            {
                foreach (var op in operations)
                {
                    _room.Value = roomId;
                    _version.Value = op.Version;
                    _opId.Value = op.OpId;
                    _authorId.Value = op.AuthorId;
                    _authorName.Value = op.AuthorName;
                    _at.Value = op.At.ToUniversalTime();
                    _type.Value = op.Operation.Type;
                    _payload.Value = OperationJson.ToJson(op.Operation);
                    await _insert.ExecuteNonQueryAsync(cancellationToken);
                    count++;
                }
            }

            if (count > 0)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbException ex) when (IsUniqueViolation(ex))
        {
            throw new OpLogConflictException("The batch could not be appended: a version or opId is already taken.", ex);
        }
        finally
        {
            _insert.Transaction = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await _connection.DisposeAsync();
    }

    /// <summary>
    /// Only a taken key is a conflict to catch up from and retry. Anything else (a command timeout, a connection
    /// killed by the server because this writer was frozen too long, a full disk) fails the batch as it is: retrying
    /// it ten times as a conflict would only hold the room longer.
    /// </summary>
    internal static bool IsUniqueViolation(DbException exception) => exception switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => exception.SqlState == "23505",
    };

    private DbParameter Parameter(string name)
    {
        var parameter = _insert.CreateParameter();
        parameter.ParameterName = name;
        _insert.Parameters.Add(parameter);
        return parameter;
    }
}
