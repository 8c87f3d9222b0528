using System.Security.Claims;
using DealRoom.Domain.Accounts;
using DealRoom.Web.Features.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace DealRoom.Web.Features.Accounts;

/// <summary>
/// One account for its team: the cockpit of its opportunities, its profile, its portfolio and its network. Every
/// change any member of the account team makes reloads it on every open page (<see cref="AccountNotifier"/>).
/// </summary>
public partial class AccountPage : IDisposable
{
    private AccountDetail? _detail;
    private AccountInsight? _insight;
    private string? _error;
    private int _tab;
    private ClaimsPrincipal _user = new();
    private IDisposable? _subscription;

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
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _user = (await AuthenticationState).User;
        await ReloadAsync();
        _subscription?.Dispose();
        _subscription = _error is null ? Notifier.Subscribe(AccountId, OnChangedAsync) : null;
    }

    public void Dispose() => _subscription?.Dispose();

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
