using System.Diagnostics;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using Microsoft.Extensions.DependencyInjection;

namespace DealRoom.LoadTest;

/// <summary>
/// The time machine on a room of 5,000 operations (snapshots every 1,000, the default): the room as it was at random
/// versions, through the REST export (snapshot at or before the version, then the log replayed through Apply).
/// In-process server only (the room is built with the session directly, so building it takes seconds).
/// </summary>
public static class TimeMachineScenario
{
    public const string Name = "timemachine";
    private const int Operations = 5_000;
    private const int Opens = 200;

    public static async Task<ScenarioResult> RunAsync(LoadTarget target, CancellationToken ct)
    {
        var result = new ScenarioResult(Name, $"a room of {Operations:N0} operations opened at {Opens} random versions (GET /api/rooms/ID/snapshot?version=N), after 20 warm-up opens")
        {
            Rooms = 1, Clients = 1,
        };
        var roomId = await target.CreateRoomAsync("Load time machine", ct);
        var session = await target.Services!.GetRequiredService<RoomRegistry>().GetAsync(roomId, ct) ?? throw new InvalidOperationException("No session");
        var author = new Author("u-load", "Load");
        var mix = new OperationMix(7, "tm");
        foreach (var op in OperationMix.SeedRoom(60, 20, 60))
        {
            await session.SubmitAsync(new Submission(Ids.New("op"), op, author), ct);
        }

        // Adds, edits, links, deletes and moves, as the mixed load makes them; a refused one (a race with itself
        // cannot happen here, but a random pick may not apply) is counted, and too many stop the scenario.
        while (session.State.Version < Operations)
        {
            var answer = await session.SubmitAsync(new Submission(Ids.New("op"), mix.Next(session.State), author), ct);
            if (!answer.Accepted && ++result.Refused > Operations)
            {
                throw new InvalidOperationException("The time-machine room could not be built: too many operations refused.");
            }
        }

        var (url, token) = target.Node(0);
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var random = new Random(42);
        var opens = new LatencyStats();
        long bytes = 0;
        for (var i = 0; i < Opens + 20; i++)
        {
            var version = random.NextInt64(0, Operations + 1);
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync($"/api/rooms/{roomId}/snapshot?version={version}", ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (i >= 20)
            {
                opens.AddSince(started);
                bytes += body.Length;
            }

            if (!response.IsSuccessStatusCode || !body.Contains($"\"version\":{version},", StringComparison.Ordinal))
            {
                result.Errors++;
                result.Problem($"version {version}: {(int)response.StatusCode}");
            }
        }

        result.Figure("open at a version", opens);
        result.Figure("snapshot size", $"{bytes / Opens / 1024:N0} KiB on average");
        result.ReplicasChecked = result.ReplicasConverged = 1;
        return result;
    }
}
