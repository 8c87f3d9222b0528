namespace DealRoom.Domain.Team;

/// <summary>A person on our side of the deal, placed on the stakeholder map.</summary>
public sealed record TeamMember
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public TeamRole Role { get; init; }

    /// <summary>Expertise areas, comma-separated (e.g. "Finance, IT, Cloud migration").</summary>
    public string? Expertise { get; init; }

    /// <summary>
    /// The DealRoom user this card stands for. A linked card's name and expertise come from the user's profile and
    /// are kept in step by the server; null for someone who does not sign in.
    /// </summary>
    public string? UserId { get; init; }

    /// <summary>An outside person (a partner's consultant, say) rather than one of our own people.</summary>
    public bool Partner { get; init; }

    /// <summary>True when the card stands for a DealRoom user.</summary>
    public bool IsLinked => !string.IsNullOrEmpty(UserId);

    public double X { get; init; }
    public double Y { get; init; }

    /// <summary>The expertise areas as a list, trimmed, without empties.</summary>
    public IReadOnlyList<string> ExpertiseAreas =>
        string.IsNullOrWhiteSpace(Expertise)
            ? []
            : Expertise.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
