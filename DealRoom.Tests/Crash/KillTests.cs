using System.Collections.Concurrent;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Crash;

/// <summary>
/// The real process killed with SIGKILL in the middle of a stream of edits: after a restart, every acknowledged
/// operation is there at its version, and every acknowledged opId is recognised as a duplicate.
/// </summary>
public sealed class KillTests
{
    private const string RoomId = "room-northwind-crm";

    [Fact]
    public async Task AcknowledgedOperations_ShouldAllSurvive_WhenTheProcessIsKilledMidStream()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(Path.GetTempPath(), $"dealroom-kill-{Guid.NewGuid():N}.db");
        var acknowledged = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        try
        {
            await using (var first = await AppProcess.StartAsync(path, ct))
            {
                var token = await first.TokenAsync("alex@dealroom.demo", "DemoOwner-2026", ct);
                var writers = new List<RoomClient>();
                for (var i = 0; i < 4; i++)
                {
                    var client = await RoomClient.ConnectAsync(first.HubUrl, RoomId, token, ct);
                    await client.JoinAsync(ct);
                    writers.Add(client);
                }

                // Four writers submit as fast as acks come; the process is killed once 400 are acknowledged.
                using var killed = new CancellationTokenSource();
                var streams = writers.Select((client, w) => Task.Run(async () =>
                {
                    for (var n = 0; !killed.IsCancellationRequested; n++)
                    {
                        var opId = $"kill-{w}-{n}";
                        try
                        {
                            var answer = await client.SubmitAsync(new MoveNode("sh-erik", n % 400, w * 10), CancellationToken.None, opId);
                            if (answer.GetProperty("ok").GetBoolean())
                            {
                                acknowledged[opId] = answer.GetProperty("version").GetInt64();
                            }
                        }
                        catch (Exception)
                        {
                            return; // the server died under this submission
                        }
                    }
                }, CancellationToken.None)).ToList();

                await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count >= 400), "400 acknowledgements before the kill", TimeSpan.FromSeconds(60));
                await first.KillAsync();
                await killed.CancelAsync();
                await Task.WhenAll(streams);
                foreach (var client in writers)
                {
                    await client.DisposeAsync();
                }
            }

            await using var second = await AppProcess.StartAsync(path, ct);
            var again = await RoomClient.ConnectAsync(second.HubUrl, RoomId, await second.TokenAsync("alex@dealroom.demo", "DemoOwner-2026", ct), ct);
            await again.JoinAsync(ct);
            var answers = await Task.WhenAll(acknowledged.Select(async a =>
                (a.Key, a.Value, Answer: await again.SubmitAsync(new MoveNode("sh-erik", 1, 1), ct, a.Key))));

            Assert.True(answers.Length >= 400);
            Assert.All(answers, a =>
            {
                Assert.True(a.Answer.GetProperty("duplicate").GetBoolean(), $"{a.Key}: {a.Answer}");
                Assert.Equal(a.Value, a.Answer.GetProperty("version").GetInt64());
            });
            Assert.True(again.Version >= acknowledged.Values.Max());
            await again.DisposeAsync();
        }
        finally
        {
            DealRoomServer.DeleteDatabase(path);
        }
    }
}
