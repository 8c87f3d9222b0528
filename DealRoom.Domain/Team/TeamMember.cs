namespace DealRoom.Domain.Team;

/// <summary>A person on our side of the deal, placed on the stakeholder map.</summary>
public sealed record TeamMember
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public TeamRole Role { get; init; }

    /// <summary>Expertise areas, comma-separated (e.g. "Finance, IT, Cloud migration").</summary>
    public string? Expertise { get; init; }

    public double X { get; init; }
    public double Y { get; init; }

    /// <summary>The expertise areas as a list, trimmed, without empties.</summary>
    public IReadOnlyList<string> ExpertiseAreas =>
        string.IsNullOrWhiteSpace(Expertise)
            ? []
            : Expertise.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
