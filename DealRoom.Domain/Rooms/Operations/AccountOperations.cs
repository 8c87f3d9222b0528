using DealRoom.Domain.Accounts;

namespace DealRoom.Domain.Rooms.Operations;

/// <summary>
/// Records or corrects one item of an account's profile, whole (an item is a sentence or a figure with its period).
/// Only valid in an account's own sequencer (<see cref="AccountRoomIds"/>); customers can never submit or see it.
/// </summary>
public sealed record SetAccountItem(string Id, AccountItemKind Kind, string Text, string? Figure, string? Period) : Operation
{
    public override string Type => "setAccountItem";

    /// <summary>
    /// The item's version the editor started from: when it changed since, the write is refused
    /// (<see cref="ErrorCodes.ChangedSince"/>) instead of overwriting someone else's words. Null: create a new item, or
    /// (for an existing one) write whatever is there.
    /// </summary>
    public long? BaseVersion { get; init; }
}

/// <summary>Removes an item of an account's profile (its history stays in the log).</summary>
public sealed record RemoveAccountItem(string Id) : Operation
{
    public override string Type => "removeAccountItem";

    /// <summary>As for <see cref="SetAccountItem.BaseVersion"/>.</summary>
    public long? BaseVersion { get; init; }
}
