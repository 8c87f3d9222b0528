using DealRoom.Domain.Rooms;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DealRoom.Tests.Support;

/// <summary>Creates rooms on a test server, owned by a demo user.</summary>
public static class TestRooms
{
    public static async Task<string> CreateAsync(DealRoomServer server, CancellationToken cancellationToken, string name = "Test room", string? ownerEmail = null)
    {
        var id = Ids.New("room");
        await server.GetService<RoomStore>().CreateRoomAsync(id, name, null, cancellationToken);
        await AddMemberAsync(server, id, ownerEmail ?? DemoUsers.Owner.Email, RoomRole.Owner, cancellationToken);
        return id;
    }

    public static async Task AddMemberAsync(DealRoomServer server, string roomId, string email, RoomRole role, CancellationToken cancellationToken)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<TeamUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException("No demo user " + email);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<DealRoomDbContext>>().CreateDbContextAsync(cancellationToken);
        db.RoomMembers.Add(new RoomMemberRecord { RoomId = roomId, UserId = user.Id, Role = role, AddedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
    }
}
