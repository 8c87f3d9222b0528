namespace DealRoom.Domain.Rooms;

/// <summary>How a deal ended: the customer bought, bought elsewhere, or decided nothing (kept the status quo).</summary>
public enum DealOutcome
{
    Won,
    Lost,
    NoDecision,
}
