using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using DealRoom.Domain.Accounts;
using DealRoom.Domain.Comments;
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
        ["groupChanges"] = e => new GroupChanges((int)(OptWhole(e, "count") ?? 0)),
        ["startThread"] = e => new StartThread(Id(e), Str(e, "anchorId"), Enum<ThreadVisibility>(e, "visibility"), Str(e, "text"), Mentions(e)),
        ["reply"] = e => new ReplyToThread(Id(e), Str(e, "threadId"), Str(e, "text"), Mentions(e)),
        ["resolveThread"] = e => new ResolveThread(Str(e, "threadId")),
        ["reopenThread"] = e => new ReopenThread(Str(e, "threadId")),
        ["suggestChange"] = e => new SuggestChange(Id(e), Str(e, "text"), Change(e)),
        ["acceptSuggestion"] = e => new AcceptSuggestion(Str(e, "threadId")),
        ["declineSuggestion"] = e => new DeclineSuggestion(Str(e, "threadId"), OptStr(e, "reason")),
        ["setAccountItem"] = e => new SetAccountItem(Id(e), Enum<AccountItemKind>(e, "kind"), Str(e, "text"), OptStr(e, "figure"), OptStr(e, "period"))
        {
            BaseVersion = OptWhole(e, "baseVersion"),
        },
        ["removeAccountItem"] = e => new RemoveAccountItem(Id(e)) { BaseVersion = OptWhole(e, "baseVersion") },
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
            case GroupChanges op:
                writer.WriteNumber("count", op.Count);
                break;
            case StartThread op:
                writer.WriteString("id", op.Id);
                writer.WriteString("anchorId", op.AnchorId);
                writer.WriteString("visibility", op.Visibility.ToString());
                writer.WriteString("text", op.Text);
                WriteMentions(writer, op.Mentions);
                break;
            case ReplyToThread op:
                writer.WriteString("id", op.Id);
                writer.WriteString("threadId", op.ThreadId);
                writer.WriteString("text", op.Text);
                WriteMentions(writer, op.Mentions);
                break;
            case ResolveThread op:
                writer.WriteString("threadId", op.ThreadId);
                break;
            case ReopenThread op:
                writer.WriteString("threadId", op.ThreadId);
                break;
            case SuggestChange op:
                writer.WriteString("id", op.Id);
                writer.WriteString("text", op.Text);
                writer.WritePropertyName("change");
                Write(writer, op.Change);
                break;
            case AcceptSuggestion op:
                writer.WriteString("threadId", op.ThreadId);
                break;
            case DeclineSuggestion op:
                writer.WriteString("threadId", op.ThreadId);
                writer.WriteString("reason", op.Reason);
                break;
            case SetAccountItem op:
                writer.WriteString("id", op.Id);
                writer.WriteString("kind", op.Kind.ToString());
                writer.WriteString("text", op.Text);
                writer.WriteString("figure", op.Figure);
                writer.WriteString("period", op.Period);
                WriteBase(writer, op.BaseVersion);
                break;
            case RemoveAccountItem op:
                writer.WriteString("id", op.Id);
                WriteBase(writer, op.BaseVersion);
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

    private static void WriteBase(Utf8JsonWriter writer, long? baseVersion)
    {
        if (baseVersion is { } version)
        {
            writer.WriteNumber("baseVersion", version);
        }
    }

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

    private static void WriteMentions(Utf8JsonWriter writer, IEnumerable<string> mentions)
    {
        writer.WriteStartArray("mentions");
        foreach (var mention in mentions)
        {
            writer.WriteStringValue(mention);
        }

        writer.WriteEndArray();
    }

    private static ImmutableList<string> Mentions(JsonElement e)
    {
        if (!e.TryGetProperty("mentions", out var mentions) || mentions.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (mentions.ValueKind != JsonValueKind.Array || mentions.GetArrayLength() > 100)
        {
            throw new OperationFormatException("'mentions' must be an array of at most 100 user ids.", field: "mentions");
        }

        return [.. mentions.EnumerateArray().Select(m => m.ValueKind == JsonValueKind.String
            ? m.GetString()!
            : throw new OperationFormatException("Each mention must be a user id string.", field: "mentions"))];
    }

    /// <summary>A suggestion's change: an operation inside the operation (never another suggestion).</summary>
    private static Operation Change(JsonElement e)
    {
        if (!e.TryGetProperty("change", out var change))
        {
            throw new OperationFormatException("'change' must be an operation object.", field: "change");
        }

        var (operation, error) = Read(change);
        if (operation is null)
        {
            throw new OperationFormatException("The suggested change: " + error!.Message, error.Code, "change");
        }

        return operation is SuggestChange
            ? throw new OperationFormatException("A suggestion cannot suggest a suggestion.", ErrorCodes.WrongType, "change")
            : operation;
    }

    private static IReadOnlyDictionary<string, string?> Fields(JsonElement e) =>
        e.TryGetProperty("fields", out var fields) && fields.ValueKind != JsonValueKind.Null
            ? JsonFields.Read(fields, "fields")
            : FieldValues.None;
}
