using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.Audience;

/// <summary>
/// What one committed operation means to a customer: nothing, one operation on their projection, or a reset
/// (their projection changed in a way one operation cannot say, e.g. a stakeholder became visible).
/// </summary>
public sealed record ProjectedChange(Operation? Operation, bool Reset)
{
    public static readonly ProjectedChange Nothing = new(null, false);

    public static readonly ProjectedChange ResetRequired = new(null, true);

    public static ProjectedChange Of(Operation operation) => new(operation, false);
}
