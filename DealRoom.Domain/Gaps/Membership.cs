using DealRoom.Domain.Rooms;
using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps;

/// <summary>
/// Who joined the buying group in the room's current phase (the newcomers the team must onboard), and how to name the
/// room's baseline in history findings.
/// </summary>
public sealed class Membership
{
    private readonly GapContext _context;
    private readonly DateOnly? _startDay;
    private readonly long _startVersion;

    private Membership(GapContext context)
    {
        _context = context;
        var state = context.State;
        if (state.PhaseHistory.Count > 0)
        {
            // Every phase change is recorded, so the last one moved the room into its current phase.
            var change = state.PhaseHistory[^1];
            (_startDay, _startVersion) = (Day(change.At), change.Version - 1);
        }
        else if (state.Iterations.Count > 0)
        {
            // A room that never changed phase is still in its first Awareness: the group that marked the first
            // iteration founded the map, and whoever came after it is a newcomer.
            var first = state.Iterations[0];
            (_startDay, _startVersion) = (Day(first.At), first.Version);
        }
    }

    /// <summary>The day the current phase began (see <see cref="JoinedThisPhase"/>), or null while the group is still forming.</summary>
    public DateOnly? PhaseBegan => _startDay;

    /// <summary>"since the last iteration", or "since the move to Buying" while the baseline is a phase change.</summary>
    public string SinceBaseline
    {
        get
        {
            var state = _context.State;
            return state.Iterations.IsEmpty && state.PhaseHistory.Count > 0
                ? $"since the move to {GapText.Label(state.PhaseHistory[^1].To)}"
                : "since the last iteration";
        }
    }

    public static Membership For(GapContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Membership(context);
    }

    /// <summary>
    /// True when the stakeholder was absent when the current phase began and joined during it: phase joined is the
    /// current phase (outside Awareness, where everyone joined), or, with no other phase joined recorded, the date
    /// joined is after the day the phase began, or they are missing from a baseline taken since it began.
    /// </summary>
    public bool JoinedThisPhase(Stakeholder s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var phase = _context.State.Phase;
        if (s.PhaseJoined is { } joined && joined != phase)
        {
            return false;
        }

        if (s.PhaseJoined == phase && phase != JourneyPhase.Awareness)
        {
            return true;
        }

        if (_startDay is not { } start)
        {
            return false;
        }

        if (s.DateJoined is { } day && day != start)
        {
            return day > start;
        }

        // Joined on the day the phase began, or no date at all: the baseline decides, if it was taken since then.
        return _context.State.Baseline is { } baseline && baseline.Version >= _startVersion
            && _context.BaselineStakeholder(s.Id) is null;
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
