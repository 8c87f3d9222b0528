using BenchmarkDotNet.Attributes;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Stakeholders;

namespace DealRoom.Benchmarks;

/// <summary>
/// Full gap evaluation of a big room (1,000 stakeholders, 3,000 relationships, 500 vision elements, with team,
/// coverage, links, endorsements, an iteration baseline and acknowledgements) and of a demo-sized room, per phase.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class GapEngineBenchmarks
{
    private RoomState _big = null!;
    private RoomState _demo = null!;
    private string _bigGapId = string.Empty;

    [Params(JourneyPhase.Awareness, JourneyPhase.Buying, JourneyPhase.ImplementationAndAdoption)]
    public JourneyPhase Phase { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _big = BenchmarkRooms.Big(Phase);
        _demo = BenchmarkRooms.Demo(Phase);
        var report = GapEngine.Evaluate(_big);
        _bigGapId = report.Open[report.Open.Count / 2].Id;
        Console.WriteLine(
            $"// big room ({Phase}): {_big.Stakeholders.Count} stakeholders, {_big.Relationships.Count} relationships, " +
            $"{_big.VisionElements.Count} vision elements, {_big.TeamMembers.Count} team, {_big.Coverages.Count} coverages, " +
            $"{_big.VisionLinks.Count} links, {_big.Endorsements.Count} endorsements, {_big.Acknowledgements.Count} acknowledgements; " +
            $"{report.Open.Count} open and {report.Acknowledged.Count} acknowledged gaps");
        var demo = GapEngine.Evaluate(_demo);
        Console.WriteLine($"// demo room ({Phase}): {_demo.Stakeholders.Count} stakeholders; {demo.Open.Count} open gaps");
    }

    [Benchmark]
    public GapReport Gap_Evaluate_BigRoom() => GapEngine.Evaluate(_big);

    [Benchmark]
    public GapReport Gap_Evaluate_DemoRoom() => GapEngine.Evaluate(_demo);

    /// <summary>What an acknowledgeGap costs on the big room: one rule, one context.</summary>
    [Benchmark]
    public string? Gap_Fingerprint_BigRoom() => GapFingerprints.Of(_big, _bigGapId);
}
