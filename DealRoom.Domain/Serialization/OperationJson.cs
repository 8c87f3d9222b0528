using System.Buffers;
using System.Text.Json;
using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Serialization;

/// <summary>
/// The wire form of operations: a JSON object with a "type" discriminator. Reading never throws for bad input;
/// it returns an error with a stable code instead.
/// </summary>
public static class OperationJson
{
    private static readonly Dictionary<string, Func<JsonElement, Operation>> Readers = new(StringComparer.Ordinal)
    {
        ["addStakeholder"] = e => new AddStakeholder(Id(e), Num(e, "x"), Num(e, "y"), Fields(e)),
        ["addTeamMember"] = e => new AddTeamMember(Id(e), Num(e, "x"), Num(e, "y"), Fields(e)),
        ["addVisionElement"] = e => new AddVisionElement(Id(e), Enum<VisionElementType>(e, "elementType"), Num(e, "x"), Num(e, "y"), Fields(e)),
        ["addRelationship"] = e => new AddRelationship(Id(e), Str(e, "fromId"), Str(e, "toId"), Fields(e)),
        ["addCoverage"] = e => new AddCoverage(Id(e), Str(e, "teamMemberId"), Str(e, "stakeholderId"), Fields(e)),
        ["addVisionLink"] = e => new AddVisionLink(Id(e), Str(e, "fromId"), Str(e, "toId"), Fields(e)),
        ["addEndorsement"] = e => new AddEndorsement(Id(e), Str(e, "stakeholderId"), Str(e, "elementId"), Enum<EndorsementKind>(e, "kind")),
        ["updateStakeholder"] = e => new UpdateStakeholder(Id(e), Fields(e)),
        ["updateRelationship"] = e => new UpdateRelationship(Id(e), Fields(e)),
        ["updateTeamMember"] = e => new UpdateTeamMember(Id(e), Fields(e)),
        ["updateCoverage"] = e => new UpdateCoverage(Id(e), Fields(e)),
        ["updateVisionElement"] = e => new UpdateVisionElement(Id(e), Fields(e)),
        ["updateVisionLink"] = e => new UpdateVisionLink(Id(e), Fields(e)),
        ["updateRoom"] = e => new UpdateRoom(Fields(e)),
        ["moveNode"] = e => new MoveNode(Id(e), Num(e, "x"), Num(e, "y")),
        ["removeElement"] = e => new RemoveElement(Id(e)),
        ["setPhase"] = e => new SetPhase(Enum<JourneyPhase>(e, "phase"), OptStr(e, "reason")),
        ["acknowledgeGap"] = e => new AcknowledgeGap(Str(e, "gapId"), Str(e, "reason")) { Fingerprint = OptStr(e, "fingerprint") },
        ["unacknowledgeGap"] = e => new UnacknowledgeGap(Str(e, "gapId")),
        ["markIteration"] = e => new MarkIteration(Id(e), Str(e, "name")),
        ["undo"] = e => new Undo { Target = OptWhole(e, "target"), Count = (int?)OptWhole(e, "count") },
        ["redo"] = e => new Redo { Target = OptWhole(e, "target"), Count = (int?)OptWhole(e, "count") },
    };

    /// <summary>Every operation type name the protocol knows.</summary>
    public static IReadOnlyCollection<string> TypeNames => Readers.Keys;

    /// <summary>Reads an operation, or returns why it cannot be read.</summary>
    public static (Operation? Operation, RoomError? Error) Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return (null, new RoomError(ErrorCodes.Malformed, "An operation must be a JSON object."));
        }

        if (!element.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            return (null, new RoomError(ErrorCodes.Malformed, "An operation needs a string 'type'.", "type"));
        }

        try
        {
            var type = typeElement.GetString()!;
            if (!Readers.TryGetValue(type, out var reader))
            {
                var shown = type.Length <= 40 ? type : type[..40] + "…";
                return (null, new RoomError(ErrorCodes.UnknownOperation, $"Unknown operation type '{shown}'.", "type"));
            }

            return (reader(element), null);
        }
        catch (OperationFormatException ex)
        {
            return (null, new RoomError(ex.Code, ex.Message, ex.Field));
        }
        catch (InvalidOperationException ex)
        {
            // JsonElement.GetString throws this for a string escape that is not valid UTF-16 (a lone surrogate).
            return (null, new RoomError(ErrorCodes.Malformed, "The operation contains text that is not valid UTF-16: " + ex.Message));
        }
    }

    /// <summary>Parses operation JSON text, or returns why it cannot be parsed.</summary>
    public static (Operation? Operation, RoomError? Error) Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException ex)
        {
            return (null, new RoomError(ErrorCodes.Malformed, "The operation is not valid JSON: " + ex.Message));
        }
    }

    public static void Write(Utf8JsonWriter writer, Operation operation)
    {
        writer.WriteStartObject();
        writer.WriteString("type", operation.Type);
        switch (operation)
        {
            case AddStakeholder op:
                JsonShapes.WriteNode(writer, op.Id, op.X, op.Y);
                JsonFields.Write(writer, "fields", op.Fields, f => Schemas.Stakeholder.Find(f)?.Kind);
                break;
            case AddTeamMember op:
                JsonShapes.WriteNode(writer, op.Id, op.X, op.Y);
                JsonFields.Write(writer, "fields", op.Fields, f => Schemas.TeamMember.Find(f)?.Kind);
                break;
            case AddVisionElement op:
                writer.WriteString("id", op.Id);
                writer.WriteString("elementType", op.ElementType.ToString());
                writer.WriteNumber("x", op.X);
                writer.WriteNumber("y", op.Y);
                JsonFields.Write(writer, "fields", op.Fields, f => Schemas.VisionElement.Find(f)?.Kind);
                break;
            case AddRelationship op:
                JsonShapes.WriteLink(writer, op.Id, "fromId", op.FromId, "toId", op.ToId);
                JsonFields.Write(writer, "fields", op.Fields, f => Schemas.Relationship.Find(f)?.Kind);
                break;
            case AddCoverage op:
                JsonShapes.WriteLink(writer, op.Id, "teamMemberId", op.TeamMemberId, "stakeholderId", op.StakeholderId);
                JsonFields.Write(writer, "fields", op.Fields, f => Schemas.Coverage.Find(f)?.Kind);
                break;
            case AddVisionLink op:
                JsonShapes.WriteLink(writer, op.Id, "fromId", op.FromId, "toId", op.ToId);
                JsonFields.Write(writer, "fields", op.Fields, f => Schemas.VisionLink.Find(f)?.Kind);
                break;
            case AddEndorsement op:
                JsonShapes.WriteLink(writer, op.Id, "stakeholderId", op.StakeholderId, "elementId", op.ElementId);
                writer.WriteString("kind", op.Kind.ToString());
                break;
            case UpdateElement op:
                writer.WriteString("id", op.Id);
                JsonFields.Write(writer, "fields", op.Fields, f => Schemas.KindOf(op.Kind, f));
                break;
            case UpdateRoom op:
                JsonFields.Write(writer, "fields", op.Fields, f => Schemas.Room.Find(f)?.Kind);
                break;
            case MoveNode op:
                JsonShapes.WriteNode(writer, op.Id, op.X, op.Y);
                break;
            case RemoveElement op:
                writer.WriteString("id", op.Id);
                break;
            case SetPhase op:
                writer.WriteString("phase", op.Phase.ToString());
                writer.WriteString("reason", op.Reason);
                break;
            case AcknowledgeGap op:
                writer.WriteString("gapId", op.GapId);
                writer.WriteString("reason", op.Reason);
                if (op.Fingerprint is not null)
                {
                    writer.WriteString("fingerprint", op.Fingerprint);
                }

                break;
            case UnacknowledgeGap op:
                writer.WriteString("gapId", op.GapId);
                break;
            case MarkIteration op:
                writer.WriteString("id", op.Id);
                writer.WriteString("name", op.Name);
                break;
            case UndoStep op:
                if (op.Target is { } target)
                {
                    writer.WriteNumber("target", target);
                }

                if (op.Count is { } count)
                {
                    writer.WriteNumber("count", count);
                }

                break;
            default:
                throw new ArgumentException($"No wire form for {operation.GetType().Name}.", nameof(operation));
        }

        writer.WriteEndObject();
    }

    /// <summary>The operation as compact JSON text.</summary>
    public static string ToJson(Operation operation)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, operation);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Id(JsonElement e) => Str(e, "id");

    private static string Str(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            throw new OperationFormatException($"'{name}' must be a string.", field: name);
        }

        return value.GetString()!;
    }

    private static string? OptStr(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new OperationFormatException($"'{name}' must be a string or null.");
    }

    private static double Num(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            throw new OperationFormatException($"'{name}' must be a number.", field: name);
        }

        return number;
    }

    /// <summary>An optional whole number from 0 to int.MaxValue (absent or null: none).</summary>
    private static long? OptWhole(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number is >= 0 and <= int.MaxValue
            ? number
            : throw new OperationFormatException($"'{name}' must be a whole number from 0 (or absent).", ErrorCodes.InvalidValue, name);
    }

    private static TEnum Enum<TEnum>(JsonElement e, string name)
        where TEnum : struct, System.Enum
    {
        if (EnumNames.Parse<TEnum>(Str(e, name)) is { } value)
        {
            return value;
        }

        throw new OperationFormatException(
            $"'{name}' must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.", ErrorCodes.InvalidValue, name);
    }

    private static IReadOnlyDictionary<string, string?> Fields(JsonElement e) =>
        e.TryGetProperty("fields", out var fields) && fields.ValueKind != JsonValueKind.Null
            ? JsonFields.Read(fields, "fields")
            : FieldValues.None;
}
