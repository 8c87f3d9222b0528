namespace DealRoom.Domain.Gaps;

/// <summary>The pattern of change a gap belongs to; the order is the order of the gap panel's groups.</summary>
public enum Dynamics
{
    Change,
    Decision,
    Value,
    BuyingGroup,
    History,
    Expert,
}
