namespace DealRoom.Web.Features.Rooms;

/// <summary>
/// The room on a phone (CSS below 600 px wide): the list first with the map a tap away, and the side panel as a bottom
/// drawer that opens when something is selected. On wider screens these fields change nothing that shows.
/// </summary>
public partial class RoomPage
{
    private bool _phoneShowsMap;
    private bool _drawerOpen;

    private string PhoneClasses => (_phoneShowsMap ? "phone-map" : "phone-list") + (_drawerOpen ? " drawer-open" : string.Empty);

    private void ShowOnPhone(bool map) => _phoneShowsMap = map;

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;
}
