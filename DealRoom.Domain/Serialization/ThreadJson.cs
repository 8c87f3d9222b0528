using System.Collections.Immutable;
using System.Text.Json;
using DealRoom.Domain.Comments;

namespace DealRoom.Domain.Serialization;

/// <summary>The snapshot form of comment threads: sorted by id, every property present, comments oldest first.</summary>
public static class ThreadJson
{
    public static void WriteAll(Utf8JsonWriter writer, ImmutableDictionary<string, CommentThread> threads)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(threads);
        writer.WriteStartArray("threads");
        foreach (var t in threads.Values.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("id", t.Id);
            writer.WriteString("anchorKind", t.AnchorKind.ToString());
            writer.WriteString("anchorId", t.AnchorId);
            writer.WriteString("visibility", t.Visibility.ToString());
            writer.WriteBoolean("resolved", t.Resolved);
            writer.WriteString("resolvedByName", t.ResolvedByName);
            writer.WriteStartArray("comments");
            foreach (var c in t.Comments)
            {
                writer.WriteStartObject();
                writer.WriteString("id", c.Id);
                writer.WriteString("authorId", c.AuthorId);
                writer.WriteString("authorName", c.AuthorName);
                writer.WriteString("at", c.At);
                writer.WriteString("text", c.Text);
                writer.WriteStartArray("mentions");
                c.Mentions.ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (t.Suggestion is { } s)
            {
                writer.WriteStartObject("suggestion");
                writer.WritePropertyName("change");
                OperationJson.Write(writer, s.Change);
                writer.WriteString("status", s.Status.ToString());
                writer.WriteString("decidedByName", s.DecidedByName);
                writer.WriteString("reason", s.Reason);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("suggestion");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads the threads of a snapshot; a snapshot written before comments existed has none.</summary>
    public static ImmutableDictionary<string, CommentThread> ReadAll(JsonElement root)
    {
        var threads = ImmutableDictionary.CreateBuilder<string, CommentThread>(StringComparer.Ordinal);
        if (!root.TryGetProperty("threads", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return threads.ToImmutable();
        }

        foreach (var t in array.EnumerateArray())
        {
            var thread = new CommentThread
            {
                Id = S(t, "id"),
                AnchorKind = Enum.Parse<AnchorKind>(S(t, "anchorKind")),
                AnchorId = S(t, "anchorId"),
                Visibility = Enum.Parse<ThreadVisibility>(S(t, "visibility")),
                Resolved = t.GetProperty("resolved").GetBoolean(),
                ResolvedByName = OptS(t, "resolvedByName"),
                Comments = [.. t.GetProperty("comments").EnumerateArray().Select(c => new Comment(
                    S(c, "id"), S(c, "authorId"), S(c, "authorName"), c.GetProperty("at").GetDateTimeOffset(), S(c, "text"),
                    [.. c.GetProperty("mentions").EnumerateArray().Select(m => m.GetString() ?? string.Empty)]))],
                Suggestion = ReadSuggestion(t),
            };
            threads.Add(thread.Id, thread);
        }

        return threads.ToImmutable();
    }

    private static Suggestion? ReadSuggestion(JsonElement thread)
    {
        if (!thread.TryGetProperty("suggestion", out var s) || s.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var (change, error) = OperationJson.Read(s.GetProperty("change"));
        return change is null
            ? throw new InvalidDataException($"Snapshot suggestion is invalid: {error?.Message}")
            : new Suggestion(change, Enum.Parse<SuggestionStatus>(S(s, "status")), OptS(s, "decidedByName"), OptS(s, "reason"));
    }

    private static string S(JsonElement e, string name) => e.GetProperty(name).GetString()
        ?? throw new InvalidDataException($"Snapshot property '{name}' is null.");

    private static string? OptS(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
