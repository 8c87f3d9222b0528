using DealRoom.Domain.Team;

namespace DealRoom.Domain.Gaps;

/// <summary>
/// The deal team's expertise, for E1 and E2: some member's expertise area covers a wanted area or function
/// (<see cref="ExpertiseMatch.Covers"/>), or the wanted one is just sales (<see cref="ExpertiseMatch.IsSales"/>) and a
/// seller, deal owner or executive account manager is on the team: selling is their own expertise. Answers are
/// remembered, since many stakeholders share a function.
/// </summary>
public sealed class TeamExpertise
{
    private readonly List<string> _areas = [];
    private readonly bool _sellerOnTeam;
    private readonly Dictionary<string, bool> _answers = new(StringComparer.OrdinalIgnoreCase);

    public TeamExpertise(IReadOnlyList<TeamMember> team)
    {
        ArgumentNullException.ThrowIfNull(team);
        foreach (var member in team)
        {
            _areas.AddRange(member.ExpertiseAreas);
            _sellerOnTeam |= member.Role != TeamRole.DomainExpert;
        }
    }

    public bool Covers(string area)
    {
        ArgumentNullException.ThrowIfNull(area);
        var wanted = area.Trim();
        if (_answers.TryGetValue(wanted, out var known))
        {
            return known;
        }

        var found = _sellerOnTeam && ExpertiseMatch.IsSales(wanted);
        for (var i = 0; !found && i < _areas.Count; i++)
        {
            found = ExpertiseMatch.Covers(_areas[i], wanted);
        }

        _answers.Add(wanted, found);
        return found;
    }
}
