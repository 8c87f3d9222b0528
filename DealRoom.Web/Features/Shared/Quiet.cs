using Microsoft.AspNetCore.Components;

namespace DealRoom.Web.Features.Shared;

/// <summary>
/// Event callbacks that do not re-render the component that handles them. A Blazor event callback renders its
/// receiver when the handler's synchronous part returns and again when its task completes; for a room page that
/// submits an edit, that is two renders of the whole page in the editor's circuit per edit, competing for the CPU
/// with the commit and the other circuits, while the committed update renders what changed anyway.
/// </summary>
public sealed class Quiet : IHandleEvent
{
    private static readonly Quiet Receiver = new();

    private Quiet()
    {
    }

    /// <summary>A callback to <paramref name="handler"/> that renders nothing by itself: the handler renders what it changed.</summary>
    public static EventCallback<T> Callback<T>(Func<T, Task> handler) => new(Receiver, handler);

    Task IHandleEvent.HandleEventAsync(EventCallbackWorkItem item, object? arg) => item.InvokeAsync(arg);
}
