using System.Text.Json;
using System.Text.Json.Serialization;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;

namespace DealRoom.Web.Collaboration.Hub;

/// <summary>Writes operations in their protocol form inside hub messages.</summary>
public sealed class OperationJsonConverter : JsonConverter<Operation>
{
    public override Operation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var (operation, error) = OperationJson.Read(document.RootElement);
        return operation ?? throw new JsonException(error?.Message);
    }

    public override void Write(Utf8JsonWriter writer, Operation value, JsonSerializerOptions options) =>
        OperationJson.Write(writer, value);
}

/// <summary>Writes a room state as its canonical snapshot inside hub messages.</summary>
public sealed class RoomStateJsonConverter : JsonConverter<RoomState>
{
    public override RoomState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return SnapshotJson.Read(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, RoomState value, JsonSerializerOptions options) =>
        SnapshotJson.Write(writer, value, includeBaseline: false);
}
