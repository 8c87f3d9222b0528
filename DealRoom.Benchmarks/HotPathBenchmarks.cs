using BenchmarkDotNet.Attributes;
using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;

namespace DealRoom.Benchmarks;

/// <summary>Applying one operation of each common kind to a room of 500 and of 1,000 stakeholders (1.6 relationships each).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ApplyBenchmarks
{
    private RoomState _room = null!;
    private MoveNode _move = null!;
    private UpdateStakeholder _update = null!;
    private AddStakeholder _add = null!;
    private AddRelationship _link = null!;
    private RemoveElement _remove = null!;

    [Params(500, 1_000)]
    public int Stakeholders { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _room = SizedRooms.Build(Stakeholders, Stakeholders * 8 / 5);
        var middle = $"sh-{Stakeholders / 2:0000}";
        _move = new MoveNode(middle, 1234.5, 678);
        _update = new UpdateStakeholder(middle, SizedRooms.F(("stance", "Champion"), ("title", "Chief Operating Officer")));
        _add = new AddStakeholder("sh-new", 10, 20, SizedRooms.F(("name", "Newcomer"), ("title", "Head of Procurement"), ("buyingRole", "Procurement")));
        _link = new AddRelationship("rel-new", "sh-0001", middle, SizedRooms.F(("kind", "DelegatedTo")));
        _remove = new RemoveElement(middle);
        Console.WriteLine($"// room: {_room.Stakeholders.Count} stakeholders, {_room.Relationships.Count} relationships, {_room.ElementCount} elements, version {_room.Version}");
    }

    [Benchmark]
    public ApplyResult Apply_MoveNode() => _room.Apply(_move, SizedRooms.Context);

    [Benchmark]
    public ApplyResult Apply_UpdateStakeholder() => _room.Apply(_update, SizedRooms.Context);

    [Benchmark]
    public ApplyResult Apply_AddStakeholder() => _room.Apply(_add, SizedRooms.Context);

    [Benchmark]
    public ApplyResult Apply_AddRelationship() => _room.Apply(_link, SizedRooms.Context);

    [Benchmark]
    public ApplyResult Apply_RemoveStakeholder() => _room.Apply(_remove, SizedRooms.Context);
}

/// <summary>
/// The customer projection (the whole state, and one operation) and snapshot serialization, on a room of
/// 500 stakeholders and 800 relationships.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ProjectionAndSnapshotBenchmarks
{
    private RoomState _room = null!;
    private RoomState _afterUpdate = null!;
    private RoomState _afterMove = null!;
    private UpdateStakeholder _update = null!;
    private MoveNode _move = null!;

    [GlobalSetup]
    public void Setup()
    {
        _room = SizedRooms.Build(500, 800);
        _update = new UpdateStakeholder("sh-0003", SizedRooms.F(("title", "Chief Financial Officer"), ("stance", "Skeptic")));
        _move = new MoveNode("sh-0003", 99, 42);
        _afterUpdate = _room.Apply(_update, SizedRooms.Context).State!;
        _afterMove = _room.Apply(_move, SizedRooms.Context).State!;
        Console.WriteLine($"// room: {_room.Stakeholders.Count} stakeholders, {_room.Relationships.Count} relationships; snapshot {SnapshotJson.ToJson(_room).Length / 1024.0:0.0} KiB");
    }

    [Benchmark]
    public RoomState Projection_WholeState() => CustomerProjection.Project(_room);

    [Benchmark]
    public ProjectedChange Projection_UpdateStakeholder() => CustomerProjection.ProjectOperation(_room, _afterUpdate, _update);

    [Benchmark]
    public ProjectedChange Projection_MoveNode() => CustomerProjection.ProjectOperation(_room, _afterMove, _move);

    [Benchmark]
    public string Snapshot_ToJson() => SnapshotJson.ToJson(_room, includeBaseline: false);

    [Benchmark]
    public RoomState Snapshot_Parse() => SnapshotJson.Parse(SnapshotJson.ToJson(_room, includeBaseline: false));
}

/// <summary>
/// Replaying 10,000 operations onto an empty room: the domain alone, and from the op log's JSON text (what loading a
/// room without a snapshot costs).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ReplayBenchmarks
{
    private List<Operation> _log = null!;
    private List<string> _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _log = SizedRooms.Log(10_000);
        _json = _log.Select(OperationJson.ToJson).ToList();
        var end = SizedRooms.Replay(RoomState.Create("room-log", "Log room"), _log);
        Console.WriteLine($"// {_log.Count} operations, {_json.Sum(j => j.Length) / 1024} KiB of JSON; end state {end.Stakeholders.Count} stakeholders, {end.Relationships.Count} relationships");
    }

    [Benchmark]
    public RoomState Replay_10000() => SizedRooms.Replay(RoomState.Create("room-log", "Log room"), _log);

    [Benchmark]
    public RoomState Replay_10000_FromJson()
    {
        var state = RoomState.Create("room-log", "Log room");
        foreach (var json in _json)
        {
            state = state.Apply(OperationJson.Parse(json).Operation!, SizedRooms.Context).State!;
        }

        return state;
    }
}
