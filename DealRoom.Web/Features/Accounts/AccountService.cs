using System.Security.Claims;
using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Accounts;

/// <summary>
/// Accounts: their profile (operations on the account's own sequencer, <see cref="AccountSequencer"/>, each item with author
/// and time), their portfolio of leads, and the hand links of their network. Every method checks the caller's right to
/// the account (<see cref="AccountAccess"/>); profile edits reach open pages through the sequencer, the other changes
/// through <see cref="AccountNotifier"/>.
/// </summary>
public sealed class AccountService(
    IDbContextFactory<DealRoomDbContext> contexts, RoomRegistry registry, AccountSequencer accountRoom, AccountNotifier notifier, TimeProvider clock)
{
    public const int TextLength = 2000;

    public async Task<IReadOnlyList<AccountListItem>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await AccountAccess.VisibleAsync(db, caller, cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.AccountId != null && ids.Contains(r.AccountId))
            .GroupBy(r => r.AccountId!).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        var result = new List<AccountListItem>();
        foreach (var account in accounts.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase))
        {
            var right = await AccountAccess.RightAsync(db, caller, account.Id, cancellationToken);
            result.Add(new AccountListItem(account.Id, account.Name, account.Industry, rooms.GetValueOrDefault(account.Id), right >= AccountRight.Edit));
        }

        return result;
    }

    /// <summary>Creates an account (administrators and executive account managers; the latter then manage it).</summary>
    public async Task<AccessResult<AccountListItem>> CreateAsync(ClaimsPrincipal caller, CreateAccountRequest request, CancellationToken cancellationToken)
    {
        var isAdmin = caller.IsTeamMember() && caller.IsInRole(TeamRoles.Administrator);
        if (!isAdmin && !(caller.IsTeamMember() && caller.IsInRole(TeamRoles.ExecutiveAccountManager)))
        {
            return AccessResult<AccountListItem>.Forbidden("Only administrators and executive account managers create accounts.");
        }

        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 200)
        {
            return AccessResult<AccountListItem>.Fail(ErrorCodes.Required, "Give the account a name (at most 200 characters).", "name");
        }

        var industry = string.IsNullOrWhiteSpace(request.Industry) ? null : request.Industry.Trim();
        if (industry?.Length > 200)
        {
            return AccessResult<AccountListItem>.Fail(ErrorCodes.TooLong, "The industry is at most 200 characters.", "industry");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = new AccountRecord { Id = Ids.New("acc"), Name = name, Industry = industry, CreatedAt = clock.GetUtcNow() };
        db.Accounts.Add(account);
        if (!isAdmin)
        {
            db.AccountManagers.Add(new AccountManagerRecord { AccountId = account.Id, UserId = caller.UserId()! });
        }

        await db.SaveChangesAsync(cancellationToken);
        return AccessResult<AccountListItem>.Ok(new AccountListItem(account.Id, account.Name, account.Industry, 0, true));
    }

    public async Task<AccessResult<AccountDetail>> GetAsync(ClaimsPrincipal caller, string accountId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var right = await AccountAccess.RightAsync(db, caller, accountId, cancellationToken);
        if (right == AccountRight.None)
        {
            return AccessResult<AccountDetail>.Forbidden("You may not open this account.");
        }

        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == accountId, cancellationToken);
        var profile = (await registry.GetAsync(AccountRoomIds.For(accountId), cancellationToken))!.State;
        var leads = await db.AccountLeads.AsNoTracking().Where(l => l.AccountId == accountId).ToListAsync(cancellationToken);
        return AccessResult<AccountDetail>.Ok(new AccountDetail(
            account.Id, account.Name, account.Industry, right >= AccountRight.Edit, profile.Version, ItemsOf(profile),
            [.. leads.OrderBy(l => l.Stage).ThenBy(l => l.CreatedAt).Select(ToLead)]));
    }

    /// <summary>The profile as the account's sequencer holds it, by kind, then in the order the items last changed.</summary>
    public static IReadOnlyList<AccountItem> ItemsOf(RoomState profile) =>
        [.. profile.AccountItems.Values.OrderBy(i => i.Kind).ThenBy(i => i.Version).Select(AccountItem.From)];

    /// <summary>
    /// Records a profile item or corrects one: a <c>setAccountItem</c> submitted through the caller's participant in the
    /// account's sequencer (ordered, durable, then seen live by every open page of the account).
    /// </summary>
    public async Task<AccessResult<AccountItem>> RecordItemAsync(ClaimsPrincipal caller, string accountId, AccountItemRequest request, CancellationToken cancellationToken)
    {
        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return AccessResult<AccountItem>.Fail(ErrorCodes.Required, "Say what the item is (kind).", "kind");
        }

        var itemId = request.ItemId ?? Ids.New("ai");
        var operation = new SetAccountItem(itemId, kind, request.Text ?? string.Empty, request.Figure, request.Period) { BaseVersion = request.BaseVersion };
        return await SubmitAsync(caller, accountId, operation, request.ItemId is not null, (state, version) => state.AccountItems.TryGetValue(itemId, out var item)
            ? AccountItem.From(item)
            : new AccountItem(itemId, kind, operation.Text.Trim(), operation.Figure, operation.Period, caller.NameForDisplay(), clock.GetUtcNow(), version), cancellationToken);
    }

    public async Task<AccessResult<bool>> RemoveItemAsync(
        ClaimsPrincipal caller, string accountId, string itemId, CancellationToken cancellationToken, long? baseVersion = null) =>
        await SubmitAsync(caller, accountId, new RemoveAccountItem(itemId) { BaseVersion = baseVersion }, true, (_, _) => true, cancellationToken);

    /// <summary>One profile operation through a participant of its own (a REST call or a page action without a live page).</summary>
    private async Task<AccessResult<T>> SubmitAsync<T>(
        ClaimsPrincipal caller, string accountId, Operation operation, bool itemMustExist, Func<RoomState, long, T> result, CancellationToken cancellationToken)
    {
        var joined = await accountRoom.JoinAsync(caller, accountId, "api-" + Guid.NewGuid().ToString("N"), cancellationToken);
        if (joined.Value is not { } participant)
        {
            return new AccessResult<T>(default, joined.Error);
        }

        using (participant)
        {
            var id = operation switch { SetAccountItem set => set.Id, RemoveAccountItem remove => remove.Id, _ => string.Empty };
            if (itemMustExist && participant.CanEdit && !participant.State.AccountItems.ContainsKey(id))
            {
                return AccessResult<T>.Fail(ErrorCodes.NotFound, "The account has no such item.", "itemId");
            }

            var answer = await participant.SubmitAsync(Ids.New("op"), operation, cancellationToken);
            return answer.Error switch
            {
                null => AccessResult<T>.Ok(result(participant.State, answer.Version)),
                { Code: ErrorCodes.Forbidden } => AccessResult<T>.Forbidden("You may not edit this account."),
                var error => new AccessResult<T>(default, error),
            };
        }
    }

    public async Task<AccessResult<AccountLead>> AddLeadAsync(ClaimsPrincipal caller, string accountId, AccountLeadRequest request, CancellationToken cancellationToken)
    {
        var title = request.Title?.Trim() ?? string.Empty;
        if (title.Length is 0 or > 200)
        {
            return AccessResult<AccountLead>.Fail(ErrorCodes.Required, "Name the business idea (at most 200 characters).", "title");
        }

        if (request.SourceKind is not { } source || !Enum.IsDefined(source))
        {
            return AccessResult<AccountLead>.Fail(ErrorCodes.Required, "Say where the idea comes from: ConfirmedValue, Initiative or Trend.", "sourceKind");
        }

        if (request.Source?.Trim().Length > TextLength)
        {
            return AccessResult<AccountLead>.Fail(ErrorCodes.TooLong, $"The source is at most {TextLength} characters.", "source");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await AccountAccess.RightAsync(db, caller, accountId, cancellationToken) < AccountRight.Edit)
        {
            return AccessResult<AccountLead>.Forbidden("You may not edit this account.");
        }

        var now = clock.GetUtcNow();
        var lead = new AccountLeadRecord
        {
            Id = Ids.New("lead"), AccountId = accountId, Title = title, SourceKind = source, Source = Blank(request.Source),
            Stage = AccountLeadStage.AccountLead, CreatedByName = caller.NameForDisplay(), CreatedAt = now, UpdatedAt = now,
        };
        db.AccountLeads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        await RefreshRoomsAsync(db, accountId, cancellationToken);
        await notifier.NotifyAsync(accountId);
        return AccessResult<AccountLead>.Ok(ToLead(lead));
    }

    /// <summary>Moves an account lead on to a lead (a qualified idea); an opportunity is made by conversion only.</summary>
    public async Task<AccessResult<AccountLead>> QualifyLeadAsync(ClaimsPrincipal caller, string accountId, string leadId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await AccountAccess.RightAsync(db, caller, accountId, cancellationToken) < AccountRight.Edit)
        {
            return AccessResult<AccountLead>.Forbidden("You may not edit this account.");
        }

        var lead = await db.AccountLeads.FirstOrDefaultAsync(l => l.Id == leadId && l.AccountId == accountId, cancellationToken);
        if (lead is null)
        {
            return AccessResult<AccountLead>.Fail(ErrorCodes.NotFound, "The account has no such lead.", "leadId");
        }

        if (lead.Stage != AccountLeadStage.AccountLead)
        {
            return AccessResult<AccountLead>.Fail(ErrorCodes.InvalidValue, "Only an account lead can be qualified as a lead.", "stage");
        }

        lead.Stage = AccountLeadStage.Lead;
        lead.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await notifier.NotifyAsync(accountId);
        return AccessResult<AccountLead>.Ok(ToLead(lead));
    }

    /// <summary>Links two stakeholders of the account's rooms as one person (for people without a known e-mail).</summary>
    public async Task<AccessResult<ContactLink>> LinkContactsAsync(ClaimsPrincipal caller, string accountId, ContactLink link, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await AccountAccess.RightAsync(db, caller, accountId, cancellationToken) < AccountRight.Edit)
        {
            return AccessResult<ContactLink>.Forbidden("You may not edit this account.");
        }

        foreach (var (roomId, stakeholderId, field) in new[] { (link.RoomId, link.StakeholderId, "stakeholderId"), (link.OtherRoomId, link.OtherStakeholderId, "otherStakeholderId") })
        {
            var inAccount = await db.Rooms.AnyAsync(r => r.Id == roomId && r.AccountId == accountId, cancellationToken);
            var session = inAccount ? await registry.GetAsync(roomId, cancellationToken) : null;
            if (session is null || !session.State.Stakeholders.ContainsKey(stakeholderId ?? string.Empty))
            {
                return AccessResult<ContactLink>.Fail(ErrorCodes.NotFound, "No such stakeholder in the account's rooms.", field);
            }
        }

        if (link.RoomId == link.OtherRoomId && link.StakeholderId == link.OtherStakeholderId)
        {
            return AccessResult<ContactLink>.Fail(ErrorCodes.SelfLink, "A person is already the same as themselves.", "otherStakeholderId");
        }

        db.ContactLinks.Add(new ContactLinkRecord
        {
            AccountId = accountId, RoomId = link.RoomId, StakeholderId = link.StakeholderId, OtherRoomId = link.OtherRoomId,
            OtherStakeholderId = link.OtherStakeholderId, CreatedByName = caller.NameForDisplay(), At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await notifier.NotifyAsync(accountId);
        return AccessResult<ContactLink>.Ok(link);
    }

    public static AccountLead ToLead(AccountLeadRecord l) =>
        new(l.Id, l.Title, l.SourceKind, l.Source, l.Stage, l.RoomId, l.CreatedByName, l.CreatedAt);

    /// <summary>Hands the account's new lead count to its open rooms, for V4.</summary>
    internal async Task RefreshRoomsAsync(DealRoomDbContext db, string accountId, CancellationToken cancellationToken)
    {
        var leads = await db.AccountLeads.CountAsync(l => l.AccountId == accountId, cancellationToken);
        foreach (var roomId in await db.Rooms.Where(r => r.AccountId == accountId).Select(r => r.Id).ToListAsync(cancellationToken))
        {
            if (registry.Loaded(roomId) is { } session)
            {
                session.Account = new AccountFacts(accountId, leads);
            }
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
