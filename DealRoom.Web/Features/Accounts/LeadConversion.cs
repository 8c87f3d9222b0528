using System.Security.Claims;
using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Accounts;

/// <summary>
/// Turns a lead into an opportunity: a new deal room of the account (the caller its owner), filled through the room's
/// session like any edit with the account's known people the caller picked, and linked back to the lead.
/// </summary>
public sealed class LeadConversion(
    IDbContextFactory<DealRoomDbContext> contexts,
    MembershipService memberships,
    IRoomAccessPolicy access,
    RoomRegistry registry,
    AccountInsights insights,
    AccountService accounts,
    AccountNotifier notifier,
    TimeProvider clock)
{
    /// <summary>What a stakeholder brings into a new opportunity: who they are, not how they stand on this deal.</summary>
    private static readonly HashSet<string> Carried = new(StringComparer.Ordinal)
    {
        "name", "title", "function", "buyingRole", "power", "influence", "decisionStyle", "responseMode", "informationPreference", "email",
    };

    public async Task<AccessResult<ConvertedLead>> ConvertAsync(
        ClaimsPrincipal caller, string accountId, string leadId, ConvertLeadRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await AccountAccess.RightAsync(db, caller, accountId, cancellationToken) < AccountRight.Edit)
        {
            return AccessResult<ConvertedLead>.Forbidden("You may not edit this account.");
        }

        var lead = await db.AccountLeads.FirstOrDefaultAsync(l => l.Id == leadId && l.AccountId == accountId, cancellationToken);
        if (lead is null)
        {
            return AccessResult<ConvertedLead>.Fail(ErrorCodes.NotFound, "The account has no such lead.", "leadId");
        }

        if (lead.Stage == AccountLeadStage.Opportunity)
        {
            return AccessResult<ConvertedLead>.Fail(ErrorCodes.InvalidValue, "This lead is an opportunity already.", "stage");
        }

        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == accountId, cancellationToken);
        var network = (await insights.BuildAsync(db, accountId, cancellationToken)).Network;
        var picked = new List<Domain.Accounts.Contact>();
        foreach (var key in (request.ContactKeys ?? []).Distinct(StringComparer.Ordinal))
        {
            var contact = network.Contacts.FirstOrDefault(c => c.Key == key);
            if (contact is null)
            {
                return AccessResult<ConvertedLead>.Fail(ErrorCodes.NotFound, $"'{key}' is not a person of this account's network.", "contactKeys");
            }

            picked.Add(contact);
        }

        var name = string.IsNullOrWhiteSpace(request.RoomName) ? $"{account.Name}: {lead.Title}" : request.RoomName.Trim();
        var created = await memberships.CreateRoomAsync(caller, name.Length > 200 ? name[..200] : name, accountId, cancellationToken);
        if (created.Value is not { } room)
        {
            return AccessResult<ConvertedLead>.Fail(created.Error!.Code, created.Error.Message, created.Error.Field);
        }

        var rights = await access.CheckAsync(caller, "anonymous", null, room.Id, cancellationToken);
        var session = await registry.GetAsync(room.Id, cancellationToken) ?? throw new InvalidOperationException($"The new room {room.Id} did not open.");
        var added = 0;
        using (var participant = session.Join(rights.ToGrant(), Ids.New("convert"), rateLimited: false))
        {
            var profile = new UpdateRoom(new Dictionary<string, string?> { ["customerName"] = account.Name });
            await participant.SubmitAsync(Ids.New("op"), profile, cancellationToken);
            foreach (var (contact, i) in picked.Select((c, i) => (c, i)))
            {
                var operation = new AddStakeholder(Ids.New("sh"), 120 + (i % 4 * 260), 80 + (i / 4 * 180), FieldsOf(contact));
                var result = await participant.SubmitAsync(Ids.New("op"), operation, cancellationToken);
                added += result.Accepted ? 1 : 0;
            }
        }

        lead.Stage = AccountLeadStage.Opportunity;
        lead.RoomId = room.Id;
        lead.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await accounts.RefreshRoomsAsync(db, accountId, cancellationToken);
        await notifier.NotifyAsync(accountId);
        return AccessResult<ConvertedLead>.Ok(new ConvertedLead(AccountService.ToLead(lead), room.Id, added));
    }

    /// <summary>The person as the room they were last active in knows them.</summary>
    private Dictionary<string, string?> FieldsOf(Domain.Accounts.Contact contact)
    {
        var latest = contact.Appearances.LastOrDefault(a => a.IsActive) ?? contact.Appearances[^1];
        var stakeholder = registry.Loaded(latest.Room.RoomId)?.State.Stakeholders.GetValueOrDefault(latest.StakeholderId);
        if (stakeholder is null)
        {
            return new Dictionary<string, string?> { ["name"] = contact.Name, ["email"] = contact.Email };
        }

        return Schemas.Stakeholder.ReadAll(stakeholder).Where(f => Carried.Contains(f.Key) && f.Value is not null)
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
    }
}
