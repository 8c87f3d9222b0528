using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>
/// What a raw client gets for mistakes SignalR itself catches before a hub method runs (docs/protocol.md,
/// "Mistakes the hub cannot answer in its own shape"): the exact frames are pinned here so the docs stay true.
/// </summary>
public sealed class HubProtocolErrorTests(ServerFixture host) : IClassFixture<ServerFixture>
{
    public static TheoryData<string, string> CompletionErrors => new()
    {
        { """{"type":1,"invocationId":"1","target":"ListRooms","arguments":[1]}""", "Failed to invoke 'ListRooms' due to an error on the server." },
        { """{"type":1,"invocationId":"1","target":"Submit","arguments":[{},{}]}""", "Failed to invoke 'Submit' due to an error on the server." },
        { """{"type":1,"invocationId":"1","target":"LaunchRocket","arguments":[]}""", "Failed to invoke 'LaunchRocket' due to an error on the server. HubException: Method does not exist." },
    };

    [Theory]
    [MemberData(nameof(CompletionErrors))]
    public async Task Invocation_ShouldGetACompletionWithAnErrorString_WhenSignalRCannotBindIt(string invocation, string expectedError)
    {
        var ct = TestContext.Current.CancellationToken;
        using var socket = await ConnectAsync(ct);

        await SendAsync(socket, invocation, ct);
        var completion = await ReceiveMessageAsync(socket, type: 3, ct);

        Assert.Equal("1", completion.GetProperty("invocationId").GetString());
        Assert.Equal(expectedError, completion.GetProperty("error").GetString());
        Assert.False(completion.TryGetProperty("result", out _));
    }

    public static TheoryData<string> ConnectionClosers => new()
    {
        // "arguments" that is no array.
        """{"type":1,"invocationId":"1","target":"ListRooms","arguments":{}}""",

        // Nesting deeper than System.Text.Json's default limit of 64.
        """{"type":1,"invocationId":"1","target":"Submit","arguments":[""" + new string('[', 70) + new string(']', 70) + "]}",

        // A message over the 256 KiB the server accepts.
        """{"type":1,"invocationId":"1","target":"Select","arguments":[{"roomId":"r","elementIds":[""" + string.Join(",", Enumerable.Repeat("\"xxxxxxxxxxxxxxxx\"", 20_000)) + "]}]}",
    };

    [Theory]
    [MemberData(nameof(ConnectionClosers))]
    public async Task Message_ShouldCloseTheConnectionWithACloseMessage_WhenItCannotBeParsedOrIsTooLarge(string message)
    {
        var ct = TestContext.Current.CancellationToken;
        using var socket = await ConnectAsync(ct);

        await SendAsync(socket, message, ct);
        var close = await ReceiveMessageAsync(socket, type: 7, ct);

        Assert.StartsWith("Connection closed with an error.", close.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private async Task<ClientWebSocket> ConnectAsync(CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        var token = Uri.EscapeDataString(await host.Server.OwnerTokenAsync(ct));
        await socket.ConnectAsync(new Uri(host.Server.HubUrl.Replace("http", "ws", StringComparison.Ordinal) + "?access_token=" + token), ct);
        await SendAsync(socket, """{"protocol":"json","version":1}""", ct);
        await ReceiveMessageAsync(socket, type: null, ct); // the handshake answer: {}
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string message, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message + "\u001e"), WebSocketMessageType.Text, true, ct);

    /// <summary>The next message of the given type (pings skipped); null type takes the next message whatever it is.</summary>
    private static async Task<JsonElement> ReceiveMessageAsync(ClientWebSocket socket, int? type, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, ct);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"The socket closed before a message of type {type}; got: {text}");
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
            var frames = text.ToString().Split('\u001e');
            for (var i = 0; i < frames.Length - 1; i++)
            {
                var message = JsonDocument.Parse(frames[i]).RootElement;
                var messageType = message.TryGetProperty("type", out var t) ? t.GetInt32() : (int?)null;
                if (type is null || messageType == type)
                {
                    return message;
                }
            }

            text.Clear().Append(frames[^1]);
        }
    }
}
