using DealRoom.Domain.History;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace DealRoom.Web.Features.History;

/// <summary>
/// The selected element's history, from the feed the viewer may see (a customer's from their projection). Resolves
/// its services when it renders in a room page; outside one (a component test of a panel) it shows nothing.
/// </summary>
public partial class ElementHistory
{
    private const int Shown = 8;
    private IReadOnlyList<ActivityItem> _items = [];
    private RoomAccess? _access;
    private (string? Id, long Version) _shown;

    [Parameter, EditorRequired]
    public string RoomId { get; set; } = string.Empty;

    [Parameter]
    public string? ElementId { get; set; }

    /// <summary>The room's version: a new one reloads the history of the selected element.</summary>
    [Parameter]
    public long Version { get; set; }

    [Inject]
    private IServiceProvider Services { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if ((ElementId, Version) == _shown)
        {
            return;
        }

        _shown = (ElementId, Version);
        if (ElementId is null || AuthenticationState is null
            || Services.GetService<RoomHistoryService>() is not { } history
            || Services.GetService<RoomRegistry>() is not { } registry
            || Services.GetService<IRoomAccessPolicy>() is not { } policy
            || !RendererInfo.IsInteractive)
        {
            _items = [];
            return;
        }

        _access ??= await policy.CheckAsync((await AuthenticationState).User, "anonymous", null, RoomId, CancellationToken.None);
        if (!_access.CanView || await registry.GetAsync(RoomId, CancellationToken.None) is not { } session)
        {
            _items = [];
            return;
        }

        _items = RoomActivity.ForElement(await history.ActivityAsync(_access, session.State, CancellationToken.None), ElementId);
    }
}
