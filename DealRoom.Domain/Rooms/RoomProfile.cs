namespace DealRoom.Domain.Rooms;

/// <summary>What the team records about the deal as a whole.</summary>
public sealed record RoomProfile
{
    public required string Name { get; init; }
    public string? CustomerName { get; init; }

    /// <summary>The customer's recorded decision to change the current state (ends the Awareness phase).</summary>
    public string? DecisionToChange { get; init; }

    /// <summary>The event that makes the customer act now.</summary>
    public string? CompellingEvent { get; init; }

    /// <summary>The alternatives the customer weighs: competitors, an internal project, doing nothing.</summary>
    public string? Alternatives { get; init; }

    /// <summary>The procurement and legal steps to signature.</summary>
    public string? PaperProcess { get; init; }
}
