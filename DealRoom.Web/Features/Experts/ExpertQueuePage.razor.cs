using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace DealRoom.Web.Features.Experts;

/// <summary>The executive account manager's queue: open requests with their ranked candidates, assign or decline.</summary>
public partial class ExpertQueuePage
{
    private readonly Dictionary<string, IReadOnlyList<ExpertCandidateDto>> _candidates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _reasons = new(StringComparer.Ordinal);
    private IReadOnlyList<ExpertRequestDto>? _requests;
    private IDisposable? _subscription;
    private bool _busy;

    [Inject]
    private ExpertRequestService Requests { get; set; } = null!;

    [Inject]
    private ExpertEvents Events { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        _subscription = Events.Subscribe(_ => InvokeAsync(async () =>
        {
            try
            {
                await LoadAsync();
                StateHasChanged();
            }
            catch (Exception e)
            {
                await DispatchExceptionAsync(e);
            }
        }));
    }

    public void Dispose() => _subscription?.Dispose();

    private async Task LoadAsync()
    {
        var user = (await AuthenticationState).User;
        var result = await Requests.QueueAsync(user, CancellationToken.None);
        _requests = result.Value ?? [];
        foreach (var request in _requests.Where(r => r.Status == ExpertRequestStatus.Open))
        {
            _reasons.TryAdd(request.Id, null);
            var candidates = await Requests.CandidatesAsync(user, request.Id, CancellationToken.None);
            _candidates[request.Id] = candidates.Value ?? [];
        }
    }

    private async Task AssignAsync(ExpertRequestDto request, ExpertCandidateDto candidate)
    {
        _busy = true;
        try
        {
            var result = await Requests.AssignAsync((await AuthenticationState).User, request.Id, candidate.UserId, CancellationToken.None);
            Snackbar.Add(result.Succeeded ? $"{candidate.Name} joins {request.RoomName}." : result.Error!.Message,
                result.Succeeded ? MudBlazor.Severity.Success : MudBlazor.Severity.Error);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task DeclineAsync(ExpertRequestDto request)
    {
        _busy = true;
        try
        {
            var result = await Requests.DeclineAsync((await AuthenticationState).User, request.Id, _reasons.GetValueOrDefault(request.Id), CancellationToken.None);
            Snackbar.Add(result.Succeeded ? "Declined; the requester is told why." : result.Error!.Message,
                result.Succeeded ? MudBlazor.Severity.Info : MudBlazor.Severity.Error);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private static Color StatusColor(ExpertRequestStatus status) => status switch
    {
        ExpertRequestStatus.Open => Color.Warning,
        ExpertRequestStatus.Assigned => Color.Success,
        _ => Color.Default,
    };
}
