using DealRoom.Domain.Accounts;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Stakeholders;
using DealRoom.Web.Persistence;

namespace DealRoom.Web.Features.Accounts;

/// <summary>An account as the accounts list shows it.</summary>
public sealed record AccountListItem(string Id, string Name, string? Industry, int Opportunities, bool CanEdit);

/// <summary>
/// One item of the account's profile, with who recorded it and when; <c>Version</c> is the account log's version at its
/// last change, the base for a correction (<see cref="AccountItemRequest.BaseVersion"/>).
/// </summary>
public sealed record AccountItem(
    string ItemId, AccountItemKind Kind, string Text, string? Figure, string? Period, string RecordedBy, DateTimeOffset RecordedAt, long Version)
{
    public static AccountItem From(AccountProfileItem i) => new(i.Id, i.Kind, i.Text, i.Figure, i.Period, i.RecordedByName, i.RecordedAt, i.Version);
}

/// <summary>A business idea of the account and how far it has come.</summary>
public sealed record AccountLead(
    string Id, string Title, AccountLeadSource SourceKind, string? Source, AccountLeadStage Stage, string? RoomId, string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>The account's profile and portfolio. <c>Version</c> is the version of the account's sequencer (its op log).</summary>
public sealed record AccountDetail(
    string Id, string Name, string? Industry, bool CanEdit, long Version, IReadOnlyList<AccountItem> Items, IReadOnlyList<AccountLead> Leads);

/// <summary>
/// One opportunity of the account for the cockpit: its phase, health (open gaps by dynamics, from the room summaries),
/// and coverage (how many of its active key people our team covers).
/// </summary>
public sealed record AccountOpportunity(
    string RoomId, string Name, JourneyPhase Phase, IReadOnlyDictionary<Dynamics, SeverityCounts>? OpenGaps, int KeyPeople, int KeyPeopleCovered, string? LeadId)
{
    public int OpenGapCount => OpenGaps?.Values.Sum(c => c.Info + c.Warning + c.Critical) ?? 0;

    public int CriticalGaps => OpenGaps?.Values.Sum(c => c.Critical) ?? 0;
}

/// <summary>What the account's rooms say together: opportunities, the relationship network, its thin spots, the culture.</summary>
public sealed record AccountInsight(
    IReadOnlyList<AccountOpportunity> Opportunities, AccountNetwork Network, IReadOnlyList<ThinSpot> ThinSpots, IReadOnlyList<CultureFinding> Culture);

public sealed record CreateAccountRequest(string? Name, string? Industry);

/// <summary>
/// Records an item of the profile: a new one without <c>ItemId</c>, a correction with it. <c>BaseVersion</c>, the
/// item's version the editor started from, makes a correction refused (changed_since) when someone changed it since.
/// </summary>
public sealed record AccountItemRequest(string? ItemId, AccountItemKind? Kind, string? Text, string? Figure, string? Period, long? BaseVersion = null);

public sealed record AccountLeadRequest(string? Title, AccountLeadSource? SourceKind, string? Source);

/// <summary>Turns a lead into an opportunity: the new room's name and the contacts (network keys) to put in it.</summary>
public sealed record ConvertLeadRequest(string? RoomName, IReadOnlyList<string>? ContactKeys);

/// <summary>The opportunity made from a lead: its room, and how many stakeholders it was filled with.</summary>
public sealed record ConvertedLead(AccountLead Lead, string RoomId, int Stakeholders);
