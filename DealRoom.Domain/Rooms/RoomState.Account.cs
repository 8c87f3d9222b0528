using System.Collections.Immutable;
using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.Rooms;

public sealed partial record RoomState
{
    public const int AccountTextLength = 2_000;
    public const int AccountFigureLength = 200;
    public const int AccountPeriodLength = 50;

    /// <summary>An account's profile, by item id: only ever filled in an account's own sequencer (not elements).</summary>
    public ImmutableDictionary<string, AccountProfileItem> AccountItems { get; init; } = Empty<AccountProfileItem>();

    private ApplyResult ApplySetAccountItem(SetAccountItem op, OperationContext context)
    {
        if ((CheckAccountRoom() ?? CheckItemBase(op.Id, op.BaseVersion, mustExist: false)) is { } error)
        {
            return ApplyResult.Fail(error);
        }

        if (!Enum.IsDefined(op.Kind))
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.InvalidValue, "Unknown account item kind.", "kind"));
        }

        var text = op.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.Required, "Write the item.", "text"));
        }

        if (text.Length > AccountTextLength)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.TooLong, $"An item is at most {AccountTextLength} characters.", "text"));
        }

        var (figure, period) = (Blank(op.Figure), Blank(op.Period));
        if (figure?.Length > AccountFigureLength || period?.Length > AccountPeriodLength)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.TooLong,
                $"A figure is at most {AccountFigureLength} characters and its period at most {AccountPeriodLength}.",
                figure?.Length > AccountFigureLength ? "figure" : "period"));
        }

        var item = new AccountProfileItem
        {
            Id = op.Id, Kind = op.Kind, Text = text, Figure = figure, Period = period,
            RecordedById = context.AuthorId, RecordedByName = context.AuthorName, RecordedAt = context.At, Version = Version + 1,
        };
        return ApplyResult.Ok(this with { AccountItems = AccountItems.SetItem(op.Id, item) },
            op with { Text = text, Figure = figure, Period = period });
    }

    private ApplyResult ApplyRemoveAccountItem(RemoveAccountItem op) =>
        (CheckAccountRoom() ?? CheckItemBase(op.Id, op.BaseVersion, mustExist: true)) is { } error
            ? ApplyResult.Fail(error)
            : ApplyResult.Ok(this with { AccountItems = AccountItems.Remove(op.Id) }, op);

    private RoomError? CheckAccountRoom() => AccountRoomIds.IsAccountRoom(RoomId)
        ? null
        : new RoomError(ErrorCodes.InvalidValue, "Account items are edited on the account, not in a deal room.");

    /// <summary>
    /// Per-item ordering: a write names the version of the item it was based on, and one based on an older version is
    /// refused with who changed it, so the editor decides instead of losing either text.
    /// </summary>
    private RoomError? CheckItemBase(string id, long? baseVersion, bool mustExist)
    {
        if (!Ids.IsValid(id))
        {
            return RoomErrors.InvalidId(id);
        }

        if (!AccountItems.TryGetValue(id, out var current))
        {
            return mustExist || baseVersion is not null ? RoomErrors.NotFound(id) : null;
        }

        return baseVersion is { } seen && seen != current.Version
            ? new RoomError(ErrorCodes.ChangedSince, $"{current.RecordedByName} changed this item since (to \"{current.Text}\").", "baseVersion", id)
            : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
