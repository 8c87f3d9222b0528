using DealRoom.Domain.Rooms;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Support;

/// <summary>Creates empty rooms on a test server.</summary>
public static class TestRooms
{
    public static async Task<string> CreateAsync(DealRoomServer server, CancellationToken cancellationToken, string name = "Test room")
    {
        var id = Ids.New("room");
        await server.GetService<RoomStore>().CreateRoomAsync(id, name, null, cancellationToken);
        return id;
    }
}
