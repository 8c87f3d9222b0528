using DealRoom.Web.Features.UndoRedo;

namespace DealRoom.Web.Features.Rooms;

/// <summary>The room page's undo and redo: the control in the toolbar, told of every committed update.</summary>
public partial class RoomPage
{
    private UndoControl? _undo;
}
