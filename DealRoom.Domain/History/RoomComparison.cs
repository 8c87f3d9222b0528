using System.Text.RegularExpressions;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Domain.History;

/// <summary>
/// What changed between two states of a room, as the method reads it: stakeholders who joined and left, stance,
/// role, power and influence moves, coverage gained and lost, vision elements added and dropped, endorsements, the
/// phase, and (for the team) gaps opened and closed. Positions and free-text edits are not listed.
/// </summary>
public static partial class RoomComparison
{
    public static IReadOnlyList<RoomChange> Between(RoomState before, RoomState after, bool includeGaps = true)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<RoomChange>();
        if (before.Phase != after.Phase)
        {
            changes.Add(new("phaseChanged", null, $"Phase {Words(before.Phase)} → {Words(after.Phase)}"));
        }

        Stakeholders(before, after, changes);
        Coverage(before, after, changes);
        Vision(before, after, changes);
        if (includeGaps)
        {
            Gaps(before, after, changes);
        }

        return changes;
    }

    private static void Stakeholders(RoomState before, RoomState after, List<RoomChange> changes)
    {
        foreach (var s in after.Stakeholders.Values.Where(s => !before.Stakeholders.ContainsKey(s.Id)).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            changes.Add(new("stakeholderJoined", s.Id, $"{s.Name} joined ({Words(s.BuyingRole)})"));
        }

        foreach (var s in before.Stakeholders.Values.Where(s => !after.Stakeholders.ContainsKey(s.Id)).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            changes.Add(new("stakeholderLeft", s.Id, $"{s.Name} left the map"));
        }

        foreach (var now in after.Stakeholders.Values.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            if (!before.Stakeholders.TryGetValue(now.Id, out var then))
            {
                continue;
            }

            if (then.Stance != now.Stance)
            {
                changes.Add(new("stanceChanged", now.Id, $"{now.Name}: stance {Words(then.Stance)} → {Words(now.Stance)}"));
            }

            if (then.BuyingRole != now.BuyingRole)
            {
                changes.Add(new("roleChanged", now.Id, $"{now.Name}: role {Words(then.BuyingRole)} → {Words(now.BuyingRole)}"));
            }

            if (then.Power != now.Power)
            {
                changes.Add(new("powerChanged", now.Id, $"{now.Name}: power {Score(then.Power)} → {Score(now.Power)}"));
            }

            if (then.Influence != now.Influence)
            {
                changes.Add(new("influenceChanged", now.Id, $"{now.Name}: influence {Score(then.Influence)} → {Score(now.Influence)}"));
            }

            if (then.DateLeft is null && now.DateLeft is not null)
            {
                changes.Add(new("stakeholderLeft", now.Id, $"{now.Name} left the buying group ({now.DateLeft:yyyy-MM-dd})"));
            }
        }
    }

    private static void Coverage(RoomState before, RoomState after, List<RoomChange> changes)
    {
        foreach (var c in after.Coverages.Values.Where(c => !before.Coverages.ContainsKey(c.Id)).OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            changes.Add(new("coverageGained", c.Id, $"{Member(after, c.TeamMemberId)} now covers {Person(after, c.StakeholderId)}"));
        }

        foreach (var c in before.Coverages.Values.Where(c => !after.Coverages.ContainsKey(c.Id)).OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            changes.Add(new("coverageLost", c.Id, $"{Member(before, c.TeamMemberId)} no longer covers {Person(before, c.StakeholderId)}"));
        }

        foreach (var now in after.Coverages.Values.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            if (before.Coverages.TryGetValue(now.Id, out var then) && then.CurrentLevel != now.CurrentLevel)
            {
                changes.Add(new("coverageLevelChanged", now.Id,
                    $"{Member(after, now.TeamMemberId)} with {Person(after, now.StakeholderId)}: {Words(then.CurrentLevel)} → {Words(now.CurrentLevel)}"));
            }
        }
    }

    private static void Vision(RoomState before, RoomState after, List<RoomChange> changes)
    {
        foreach (var e in after.VisionElements.Values.Where(e => !before.VisionElements.ContainsKey(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            changes.Add(new("visionElementAdded", e.Id, $"{Words(e.Type)} added: {e.Title}"));
        }

        foreach (var e in before.VisionElements.Values.Where(e => !after.VisionElements.ContainsKey(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            changes.Add(new("visionElementDropped", e.Id, $"{Words(e.Type)} dropped: {e.Title}"));
        }

        foreach (var e in after.Endorsements.Values.Where(e => !before.Endorsements.ContainsKey(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            changes.Add(new("endorsementAdded", e.Id, $"{Person(after, e.StakeholderId)} {Verb(e.Kind)} {Element(after, e.ElementId)}"));
        }

        foreach (var e in before.Endorsements.Values.Where(e => !after.Endorsements.ContainsKey(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            changes.Add(new("endorsementRemoved", e.Id, $"{Person(before, e.StakeholderId)} no longer {Verb(e.Kind)} {Element(before, e.ElementId)}"));
        }
    }

    private static void Gaps(RoomState before, RoomState after, List<RoomChange> changes)
    {
        var then = GapEngine.Evaluate(before).Open.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var now = GapEngine.Evaluate(after).Open.ToDictionary(g => g.Id, StringComparer.Ordinal);
        foreach (var gap in now.Values.Where(g => !then.ContainsKey(g.Id)))
        {
            changes.Add(new("gapOpened", gap.Id, $"Gap opened: {gap.Title}"));
        }

        foreach (var gap in then.Values.Where(g => !now.ContainsKey(g.Id)))
        {
            changes.Add(new("gapClosed", gap.Id, $"Gap closed: {gap.Title}"));
        }
    }

    private static string Person(RoomState state, string id) => state.Stakeholders.GetValueOrDefault(id)?.Name ?? id;

    private static string Member(RoomState state, string id) => state.TeamMembers.GetValueOrDefault(id)?.Name ?? id;

    private static string Element(RoomState state, string id) => state.VisionElements.GetValueOrDefault(id) is { } e ? $"\"{e.Title}\"" : id;

    private static string Verb(EndorsementKind kind) => kind switch
    {
        EndorsementKind.Holds => "holds",
        EndorsementKind.Wants => "wants",
        EndorsementKind.Gains => "gains from",
        _ => "endorses",
    };

    private static string Score(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not assessed";

    /// <summary>"EconomicBuyer" → "economic buyer".</summary>
    private static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        CapitalBoundary().Replace(value.ToString(), " $1").Trim().ToLowerInvariant() is { Length: > 0 } words
            ? char.ToUpperInvariant(words[0]) + words[1..]
            : value.ToString();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex CapitalBoundary();
}
