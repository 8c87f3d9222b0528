namespace DealRoom.Domain.Accounts;

/// <summary>
/// An account is edited through a sequencer of its own, keyed like a room: its internal room id is the account id
/// behind a prefix no deal room id has (deal rooms are "room-…"), so the op core orders, logs and broadcasts account
/// edits exactly like room edits while every deal-room path (hub, REST, room lists) can refuse the id by its shape.
/// </summary>
public static class AccountRoomIds
{
    public const string Prefix = "account:";

    public static string For(string accountId)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        return Prefix + accountId;
    }

    public static bool IsAccountRoom(string? roomId) => roomId is not null && roomId.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The account behind an account room id; null for any other id.</summary>
    public static string? AccountOf(string? roomId) => IsAccountRoom(roomId) ? roomId![Prefix.Length..] : null;
}
