using System.Text.Json;

namespace DealRoom.Domain.Serialization;

/// <summary>The property shapes that operations and snapshots share: a node's id and position, a link's id and ends.</summary>
internal static class JsonShapes
{
    public static void WriteNode(Utf8JsonWriter writer, string id, double x, double y)
    {
        writer.WriteString("id", id);
        writer.WriteNumber("x", x);
        writer.WriteNumber("y", y);
    }

    public static void WriteLink(Utf8JsonWriter writer, string id, string fromName, string from, string toName, string to)
    {
        writer.WriteString("id", id);
        writer.WriteString(fromName, from);
        writer.WriteString(toName, to);
    }
}
