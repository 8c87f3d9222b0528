using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace DealRoom.Tests.Web;

/// <summary>
/// The one set-up for component tests: loose JS interop (MudBlazor calls JS freely), MudBlazor's services without
/// transitions, and a rendered popover provider for selects and menus.
/// </summary>
public abstract class BunitSetup : BunitContext
{
    protected BunitSetup()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        Render<MudPopoverProvider>();
    }
}
