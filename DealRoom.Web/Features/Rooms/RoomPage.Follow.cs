using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Canvas;
using MudBlazor;

namespace DealRoom.Web.Features.Rooms;

/// <summary>
/// Follow mode and "bring everyone": this viewer's viewport goes into the room's presence (throttled, only when it
/// changed); following someone shows their map and view until the viewer moves the view or stops; anyone on the team
/// who may edit can bring everyone to their view once.
/// </summary>
public partial class RoomPage
{
    /// <summary>At most one viewport a quarter second: a pan sends where it ends, not every step.</summary>
    private static readonly TimeSpan ViewportInterval = TimeSpan.FromMilliseconds(250);

    private string? _followingId;
    private bool _viewportScheduled;

    private Participant? Followed => _followingId is null ? null : _participants.FirstOrDefault(p => p.ConnectionId == _followingId);

    private bool CanBringEveryone => _participant?.CanBringEveryone == true && _participants.Count > 1;

    private void WatchViewport(CanvasAdapter adapter)
    {
        adapter.UserMovedView += OnUserMovedView;
        adapter.ViewportChanged += ScheduleViewport;
    }

    /// <summary>A click on someone's avatar: follow them, or stop when already following them.</summary>
    private void ToggleFollow(Participant participant)
    {
        if (participant.ConnectionId == _connectionId)
        {
            return;
        }

        _followingId = _followingId == participant.ConnectionId ? null : participant.ConnectionId;
        ShowFollowed();
    }

    private void StopFollowing() => _followingId = null;

    /// <summary>The view moved by the viewer's own hand: following ends.</summary>
    private void OnUserMovedView()
    {
        if (_followingId is not null)
        {
            _followingId = null;
            StateHasChanged();
        }
    }

    /// <summary>The viewer switched maps themselves: following ends, and the others learn where they look now.</summary>
    private void OnUserTabChanged(int tab)
    {
        StopFollowing();
        OnTabChanged(tab);
        ScheduleViewport();
    }

    /// <summary>
    /// After a presence change: shows the followed person's map and view (stops when they left). True when that
    /// switched the map shown, which the page must render.
    /// </summary>
    private bool ShowFollowed()
    {
        if (_followingId is null)
        {
            return false;
        }

        if (Followed is not { } followed)
        {
            _followingId = null;
            return true;
        }

        return followed.Viewport is { } viewport && Show(viewport);
    }

    /// <summary>
    /// True when only where people look changed (the most frequent presence change, several a second while people
    /// pan): nothing on the page shows it but the followed view, already moved, so the page need not render. The
    /// follow chip does show whether the followed person is on a map this viewer sees.
    /// </summary>
    private bool OnlyViewportsMoved(IReadOnlyList<Participant> before, IReadOnlyList<Participant> after) =>
        before.Count == after.Count
        && before.Zip(after).All(pair => pair.First.SameAs(pair.Second with { Viewport = pair.First.Viewport, Gathering = pair.First.Gathering })
            && (pair.First.ConnectionId != _followingId || (pair.First.Viewport is null) == (pair.Second.Viewport is null)));

    /// <summary>
    /// Shows a viewport: its map (a customer has only the shared vision) and the view in it. True when the map shown
    /// changed.
    /// </summary>
    private bool Show(Viewport viewport)
    {
        var tab = viewport.Map == Viewport.Stakeholders ? 0 : 1;
        if (tab == 0 && IsCustomer)
        {
            return false;
        }

        var switched = tab != _tab;
        if (switched)
        {
            OnTabChanged(tab);
        }

        CurrentAdapter?.ShowViewport(viewport.X, viewport.Y, viewport.Zoom);
        return switched;
    }

    /// <summary>Someone brought everyone (raised on whichever thread heard it): go there, once, and say who did.</summary>
    private void OnGathered(Participant host)
    {
        if (!RoomParticipant.IsBrought(host, _connectionId, _participant?.Audience ?? ParticipantKind.Customer) || host.Viewport is not { } viewport)
        {
            return;
        }

        _ = InvokeAsync(() =>
        {
            _followingId = null;
            Show(viewport);
            Snackbar.Add($"{host.Name} brought everyone here", Severity.Info, o => o.VisibleStateDuration = 4000);
            StateHasChanged();
        });
    }

    private void BringEveryone()
    {
        PublishViewport();
        if (_participant?.BringEveryone() is { } error)
        {
            Snackbar.Add(error.Message, Severity.Info);
            return;
        }

        Snackbar.Add("Everyone is looking where you are now", Severity.Success, o => o.VisibleStateDuration = 3000);
    }

    private void ScheduleViewport()
    {
        if (_viewportScheduled || _participant is null)
        {
            return;
        }

        _viewportScheduled = true;
        _ = PublishViewportSoonAsync();
    }

    private async Task PublishViewportSoonAsync()
    {
        await Task.Delay(ViewportInterval);
        try
        {
            await InvokeAsync(() =>
            {
                _viewportScheduled = false;
                PublishViewport();
            });
        }
        catch (ObjectDisposedException)
        {
            // The page closed meanwhile: nobody to tell.
        }
    }

    /// <summary>Tells the others where this viewer looks now (presence raises nothing when it did not change).</summary>
    private void PublishViewport()
    {
        if (!_joined || _ended is not null || CurrentAdapter is not { Viewport: { } view } adapter)
        {
            return;
        }

        // Rounded: sub-pixel differences are no change worth sending.
        var map = adapter.Map == MapKind.Stakeholders ? Viewport.Stakeholders : Viewport.Vision;
        if (Viewport.Create(map, Math.Round(view.X, 1), Math.Round(view.Y, 1), Math.Round(view.Zoom, 3)) is { } viewport)
        {
            _participant?.SetViewport(viewport);
        }
    }
}
