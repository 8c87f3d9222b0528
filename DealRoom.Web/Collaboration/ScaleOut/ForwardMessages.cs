using System.Buffers;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Serialization;

namespace DealRoom.Web.Collaboration.ScaleOut;

/// <summary>A submission on its way from the node that received it to the node that sequences its room.</summary>
public sealed record ForwardRequest(long Id, string From, string To, string RoomId, Submission Submission);

/// <summary>
/// The JSON of forwarded submissions and their answers between nodes. The operation travels in its protocol form
/// (<see cref="OperationJson"/>), so the owner node reads exactly what a hub client would have sent.
/// </summary>
public static class ForwardMessages
{
    public static byte[] Request(ForwardRequest request)
    {
        var submission = request.Submission;
        return Write(writer =>
        {
            writer.WriteNumber("id", request.Id);
            writer.WriteString("from", request.From);
            writer.WriteString("to", request.To);
            writer.WriteString("roomId", request.RoomId);
            writer.WriteString("opId", submission.OpId);
            writer.WriteString("authorId", submission.Author.Id);
            writer.WriteString("authorName", submission.Author.Name);
            if (submission.Grant is { } grant)
            {
                // The owner checks the sender's rights in the room's order, as for its own participants.
                writer.WriteStartObject("grant");
                writer.WriteString("audience", grant.Audience.ToString());
                writer.WriteBoolean("canEdit", grant.CanEdit);
                writer.WriteString("stakeholderId", grant.StakeholderId);
                writer.WriteEndObject();
            }

            writer.WritePropertyName("operation");
            OperationJson.Write(writer, submission.Operation);
        });
    }

    public static bool TryReadRequest(ReadOnlyMemory<byte> json, out ForwardRequest? request)
    {
        request = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (!root.TryGetProperty("operation", out var operationJson) || OperationJson.Read(operationJson).Operation is not { } operation)
            {
                return false;
            }

            var author = new Author(root.GetProperty("authorId").GetString()!, root.GetProperty("authorName").GetString()!);
            RoomGrant? grant = null;
            if (root.TryGetProperty("grant", out var g))
            {
                grant = new RoomGrant(
                    author.Id,
                    author.Name,
                    Enum.Parse<ParticipantKind>(g.GetProperty("audience").GetString()!),
                    g.GetProperty("canEdit").GetBoolean(),
                    g.GetProperty("stakeholderId").GetString());
            }

            request = new ForwardRequest(
                root.GetProperty("id").GetInt64(),
                root.GetProperty("from").GetString()!,
                root.GetProperty("to").GetString()!,
                root.GetProperty("roomId").GetString()!,
                new Submission(root.GetProperty("opId").GetString()!, operation, author) { Grant = grant });
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The owner's answer: its <see cref="SubmitResult"/>, or null when it does not hold the room's lease.</summary>
    public static byte[] Reply(long id, SubmitResult? result) => Write(writer =>
    {
        writer.WriteNumber("id", id);
        if (result is null)
        {
            writer.WriteBoolean("notOwner", true);
            return;
        }

        writer.WriteString("opId", result.OpId);
        writer.WriteNumber("version", result.Version);
        writer.WriteBoolean("duplicate", result.Duplicate);
        if (result.Error is { } error)
        {
            writer.WriteStartObject("error");
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteString("field", error.Field);
            writer.WriteString("elementId", error.ElementId);
            writer.WriteEndObject();
        }
    });

    public static bool TryReadReply(ReadOnlyMemory<byte> json, out long id, out ForwardReply? reply)
    {
        id = 0;
        reply = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            id = root.GetProperty("id").GetInt64();
            if (root.TryGetProperty("notOwner", out _))
            {
                reply = ForwardReply.NotOwner;
                return true;
            }

            RoomError? error = null;
            if (root.TryGetProperty("error", out var e))
            {
                error = new RoomError(
                    e.GetProperty("code").GetString()!, e.GetProperty("message").GetString()!,
                    e.GetProperty("field").GetString(), e.GetProperty("elementId").GetString());
            }

            var result = new SubmitResult(
                root.GetProperty("opId").GetString()!, root.GetProperty("version").GetInt64(), error, root.GetProperty("duplicate").GetBoolean());
            reply = new ForwardReply(ForwardStatus.Answered, result);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return false;
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
