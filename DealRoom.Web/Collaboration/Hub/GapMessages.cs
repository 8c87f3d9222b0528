using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Collaboration.Hub;

/// <summary>One gap as the protocol carries it.</summary>
public sealed record GapDto(
    string Id, string RuleId, string Dynamics, string Severity, IReadOnlyList<string> ElementIds,
    string Title, string Why, string NextStep, GapAcknowledgementDto? Acknowledgement)
{
    public static GapDto From(Gap gap, GapAcknowledgement? acknowledgement) => new(
        gap.Id, gap.RuleId, gap.Dynamics.ToString(), gap.Severity.ToString(), gap.ElementIds, gap.Title, gap.Why, gap.NextStep,
        acknowledgement is null ? null : new GapAcknowledgementDto(acknowledgement.Reason, acknowledgement.ByName, acknowledgement.At));
}

/// <summary>Who acknowledged a gap, when and why.</summary>
public sealed record GapAcknowledgementDto(string Reason, string ByName, DateTimeOffset At);

/// <summary>Open counts of one dynamics, by severity.</summary>
public sealed record SeverityCountsDto(int Info, int Warning, int Critical);

/// <summary>The room's gaps: open (most severe first), acknowledged, and open counts per dynamics.</summary>
public sealed record GapReportDto(
    IReadOnlyList<GapDto> Open, IReadOnlyList<GapDto> Acknowledged, IReadOnlyDictionary<string, SeverityCountsDto> Counts)
{
    public static GapReportDto From(GapReport report, RoomState state) => new(
        report.Open.Select(g => GapDto.From(g, null)).ToList(),
        report.Acknowledged.Select(g => GapDto.From(g, state.Acknowledgements.GetValueOrDefault(g.Id))).ToList(),
        report.OpenCounts.ToDictionary(
            c => char.ToLowerInvariant(c.Key.ToString()[0]) + c.Key.ToString()[1..],
            c => new SeverityCountsDto(c.Value.Info, c.Value.Warning, c.Value.Critical)));
}
