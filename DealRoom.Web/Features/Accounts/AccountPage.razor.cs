using System.Security.Claims;
using DealRoom.Domain.Accounts;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace DealRoom.Web.Features.Accounts;

/// <summary>
/// One account for its team: the cockpit of its opportunities, its profile, its portfolio and its network. The page is a
/// participant of the account's own sequencer (<see cref="AccountSequencer"/>): profile edits arrive live from it, and its
/// presence says who has the account open and which item they are editing. Leads and links still reload through
/// <see cref="AccountNotifier"/>.
/// </summary>
public partial class AccountPage : IDisposable
{
    private AccountDetail? _detail;
    private AccountInsight? _insight;
    private string? _error;
    private int _tab;
    private ClaimsPrincipal _user = new();
    private IDisposable? _subscription;
    private RoomParticipant? _participant;
    private IReadOnlyList<Participant> _present = [];

    [Parameter]
    public string AccountId { get; set; } = string.Empty;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private AccountService Accounts { get; set; } = default!;

    [Inject]
    private AccountInsights Insights { get; set; } = default!;

    [Inject]
    private LeadConversion Conversion { get; set; } = default!;

    [Inject]
    private AccountNotifier Notifier { get; set; } = default!;

    [Inject]
    private AccountSequencer Room { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _user = (await AuthenticationState).User;
        await ReloadAsync();
        _subscription?.Dispose();
        _subscription = _error is null ? Notifier.Subscribe(AccountId, OnChangedAsync) : null;
        LeaveRoom();
        if (_error is null && (await Room.JoinAsync(_user, AccountId, "circuit-" + Guid.NewGuid().ToString("N"), CancellationToken.None)).Value is { } participant)
        {
            _participant = participant;
            participant.Session.Presence.Changed += OnPresenceChanged;
            participant.Listen(OnProfileChanged);
            participant.Enter();
            _present = participant.Participants;
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        LeaveRoom();
    }

    private void LeaveRoom()
    {
        if (_participant is { } participant)
        {
            participant.Session.Presence.Changed -= OnPresenceChanged;
            participant.Dispose();
            _participant = null;
        }
    }

    /// <summary>A committed profile edit (anyone's, in the sequencer's order): the items are read from the state after it.</summary>
    private ValueTask OnProfileChanged(AudienceView update)
    {
        _ = InvokeAsync(() =>
        {
            if (_detail is not null)
            {
                _detail = _detail with { Version = update.Version, Items = AccountService.ItemsOf(update.State) };
                StateHasChanged();
            }
        });
        return ValueTask.CompletedTask;
    }

    private void OnPresenceChanged(IReadOnlyList<Participant> participants) => _ = InvokeAsync(() =>
    {
        _present = participants;
        StateHasChanged();
    });

    /// <summary>Tells the others which item this person is editing (none: an empty selection).</summary>
    private void OnEditing(string? itemId) => _participant?.Select(itemId is null ? [] : [itemId]);

    private async Task<Domain.Rooms.RoomError?> SaveAsync(AccountItemRequest request) =>
        (await Accounts.RecordItemAsync(_user, AccountId, request, CancellationToken.None)).Error;

    private async Task ReloadAsync()
    {
        var detail = await Accounts.GetAsync(_user, AccountId, CancellationToken.None);
        var insight = detail.Succeeded ? await Insights.GetAsync(_user, AccountId, CancellationToken.None) : null;
        (_detail, _insight, _error) = (detail.Value, insight?.Value, detail.Error?.Message ?? insight?.Error?.Message);
    }

    private Task OnChangedAsync() => InvokeAsync(async () =>
    {
        try
        {
            await ReloadAsync();
            StateHasChanged();
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    });

    private async Task RecordAsync(AccountItemRequest request) => Report((await Accounts.RecordItemAsync(_user, AccountId, request, CancellationToken.None)).Error);

    private async Task RemoveAsync(string itemId) => Report((await Accounts.RemoveItemAsync(_user, AccountId, itemId, CancellationToken.None)).Error);

    private async Task AddLeadAsync(AccountLeadRequest request) => Report((await Accounts.AddLeadAsync(_user, AccountId, request, CancellationToken.None)).Error);

    private async Task QualifyAsync(string leadId) => Report((await Accounts.QualifyLeadAsync(_user, AccountId, leadId, CancellationToken.None)).Error);

    private async Task LinkAsync(ContactLink link) => Report((await Accounts.LinkContactsAsync(_user, AccountId, link, CancellationToken.None)).Error);

    private async Task ConvertAsync((string LeadId, ConvertLeadRequest Request) conversion)
    {
        var result = await Conversion.ConvertAsync(_user, AccountId, conversion.LeadId, conversion.Request, CancellationToken.None);
        if (result.Value is { } converted)
        {
            Navigation.NavigateTo($"/rooms/{converted.RoomId}");
        }

        Report(result.Error);
    }

    private void Report(Domain.Rooms.RoomError? error)
    {
        if (error is not null)
        {
            Snackbar.Add(error.Message, Severity.Error);
        }
    }
}
