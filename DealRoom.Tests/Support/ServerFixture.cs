namespace DealRoom.Tests.Support;

/// <summary>One <see cref="DealRoomServer"/> for a whole test class (<c>IClassFixture&lt;ServerFixture&gt;</c>).</summary>
public sealed class ServerFixture : IAsyncDisposable
{
    public DealRoomServer Server { get; } = new();

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
