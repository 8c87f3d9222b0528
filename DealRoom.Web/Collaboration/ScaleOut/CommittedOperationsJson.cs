using DealRoom.Domain.Rooms;
using System.Buffers;
using System.Text;
using System.Text.Json;
using DealRoom.Domain.Serialization;

namespace DealRoom.Web.Collaboration.ScaleOut;

/// <summary>Committed operations as the room bus carries them: an array of version, opId, author, time and the operation in its protocol form.</summary>
public static class CommittedOperationsJson
{
    public static string Write(IReadOnlyList<CommittedOperation> operations)
    {
        var buffer = new ArrayBufferWriter<byte>(256 * operations.Count);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var op in operations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("version", op.Version);
                writer.WriteString("opId", op.OpId);
                writer.WriteString("authorId", op.AuthorId);
                writer.WriteString("authorName", op.AuthorName);
                writer.WriteString("at", op.At);
                writer.WritePropertyName("operation");
                OperationJson.Write(writer, op.Operation);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The operations, or null when the text is not a well-formed list of them.</summary>
    public static IReadOnlyList<CommittedOperation>? Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var operations = new List<CommittedOperation>(document.RootElement.GetArrayLength());
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (OperationJson.Read(element.GetProperty("operation")).Operation is not { } operation)
                {
                    return null;
                }

                operations.Add(new CommittedOperation(
                    element.GetProperty("version").GetInt64(),
                    element.GetProperty("opId").GetString()!,
                    element.GetProperty("authorId").GetString()!,
                    element.GetProperty("authorName").GetString()!,
                    element.GetProperty("at").GetDateTimeOffset(),
                    operation));
            }

            return operations;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return null;
        }
    }
}
