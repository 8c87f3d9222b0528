using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Tests.Domain.Accounts;

/// <summary>A room built through operations that keeps its op log, one day per operation unless told otherwise.</summary>
internal sealed class LoggedRoom(string roomId, string name)
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly List<CommittedOperation> _log = [];
    private DateTimeOffset _at = Start;

    public string RoomId { get; } = roomId;

    public string Name { get; } = name;

    public RoomState State { get; private set; } = RoomState.Create(roomId, name);

    public IReadOnlyList<CommittedOperation> Log => _log;

    public AccountRoom AsAccountRoom => new(RoomId, Name, State);

    public LoggedRoom On(int month, int day)
    {
        _at = new DateTimeOffset(2026, month, day, 9, 0, 0, TimeSpan.Zero);
        return this;
    }

    public LoggedRoom Apply(Operation operation)
    {
        var context = new OperationContext("u-test", "Test Seller", _at);
        var result = State.Apply(operation, context);
        Assert.True(result.Succeeded, result.Error?.Message);
        State = result.State!;
        _log.Add(new CommittedOperation(State.Version, $"op-{State.Version}", "u-test", "Test Seller", _at, operation));
        return this;
    }

    public LoggedRoom Person(string id, string name, params (string Field, string? Value)[] fields) =>
        Apply(new AddStakeholder(id, 0, 0, F([("name", name), .. fields])));

    public LoggedRoom Update(string id, params (string Field, string? Value)[] fields) => Apply(new UpdateStakeholder(id, F(fields)));

    public LoggedRoom Member(string id, string name) => Apply(new AddTeamMember(id, 0, 0, F([("name", name)])));

    public LoggedRoom Covers(string coverageId, string memberId, string stakeholderId, string level = "CredibleSource") =>
        Apply(new AddCoverage(coverageId, memberId, stakeholderId, F([("currentLevel", level)])));

    /// <summary>The room's trace, read from its whole log.</summary>
    public RoomTrace Trace() => RoomTrace.Start(RoomState.Create(RoomId, Name)).Extend(_log);

    private static Dictionary<string, string?> F((string Field, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal);
}
