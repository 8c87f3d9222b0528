using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;
using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Serialization;

/// <summary>
/// The canonical JSON form of a whole room: every collection sorted by id, every field present, the same field
/// names as the operations. Two equal states always give byte-identical JSON.
/// </summary>
public static class SnapshotJson
{
    public static void Write(Utf8JsonWriter writer, RoomState state, bool includeBaseline = true)
    {
        writer.WriteStartObject();
        writer.WriteString("roomId", state.RoomId);
        writer.WriteNumber("version", state.Version);
        writer.WriteString("phase", state.Phase.ToString());
        WriteFields(writer, "profile", Schemas.Room, state.Profile);

        writer.WriteStartArray("stakeholders");
        foreach (var s in Sorted(state.Stakeholders))
        {
            writer.WriteStartObject();
            JsonShapes.WriteNode(writer, s.Id, s.X, s.Y);
            WriteFields(writer, "fields", Schemas.Stakeholder, s);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("teamMembers");
        foreach (var t in Sorted(state.TeamMembers))
        {
            writer.WriteStartObject();
            JsonShapes.WriteNode(writer, t.Id, t.X, t.Y);
            WriteFields(writer, "fields", Schemas.TeamMember, t);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("relationships");
        foreach (var r in Sorted(state.Relationships))
        {
            writer.WriteStartObject();
            JsonShapes.WriteLink(writer, r.Id, "fromId", r.FromId, "toId", r.ToId);
            WriteFields(writer, "fields", Schemas.Relationship, r);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("coverages");
        foreach (var c in Sorted(state.Coverages))
        {
            writer.WriteStartObject();
            JsonShapes.WriteLink(writer, c.Id, "teamMemberId", c.TeamMemberId, "stakeholderId", c.StakeholderId);
            WriteFields(writer, "fields", Schemas.Coverage, c);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("visionElements");
        foreach (var e in Sorted(state.VisionElements))
        {
            writer.WriteStartObject();
            writer.WriteString("id", e.Id);
            writer.WriteString("elementType", e.Type.ToString());
            writer.WriteNumber("x", e.X);
            writer.WriteNumber("y", e.Y);
            WriteFields(writer, "fields", Schemas.VisionElement, e);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("visionLinks");
        foreach (var l in Sorted(state.VisionLinks))
        {
            writer.WriteStartObject();
            JsonShapes.WriteLink(writer, l.Id, "fromId", l.FromId, "toId", l.ToId);
            WriteFields(writer, "fields", Schemas.VisionLink, l);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("endorsements");
        foreach (var e in Sorted(state.Endorsements))
        {
            writer.WriteStartObject();
            JsonShapes.WriteLink(writer, e.Id, "stakeholderId", e.StakeholderId, "elementId", e.ElementId);
            writer.WriteString("kind", e.Kind.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("acknowledgements");
        foreach (var a in state.Acknowledgements.Values.OrderBy(a => a.GapId, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("gapId", a.GapId);
            writer.WriteString("reason", a.Reason);
            writer.WriteString("byName", a.ByName);
            writer.WriteString("at", a.At);
            writer.WriteString("fingerprint", a.Fingerprint);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("iterations");
        foreach (var i in state.Iterations)
        {
            writer.WriteStartObject();
            writer.WriteString("id", i.Id);
            writer.WriteString("name", i.Name);
            writer.WriteNumber("version", i.Version);
            writer.WriteString("byName", i.ByName);
            writer.WriteString("at", i.At);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("phaseHistory");
        foreach (var p in state.PhaseHistory)
        {
            writer.WriteStartObject();
            writer.WriteString("from", p.From.ToString());
            writer.WriteString("to", p.To.ToString());
            writer.WriteString("reason", p.Reason);
            writer.WriteNumber("version", p.Version);
            writer.WriteString("byName", p.ByName);
            writer.WriteString("at", p.At);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        ThreadJson.WriteAll(writer, state.Threads);
        AccountItemJson.WriteAll(writer, state.RoomId, state.AccountItems);

        if (includeBaseline && state.Baseline is not null)
        {
            writer.WritePropertyName("baseline");
            Write(writer, state.Baseline, includeBaseline: false);
        }

        writer.WriteEndObject();
    }

    /// <summary>The canonical JSON text of a state.</summary>
    public static string ToJson(RoomState state, bool includeBaseline = true)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, state, includeBaseline);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static RoomState Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement);
    }

    /// <summary>Reads a snapshot back into a state, validating every field as an operation would.</summary>
    public static RoomState Read(JsonElement root)
    {
        var profile = ApplyFields(Schemas.Room, new RoomProfile { Name = string.Empty }, root.GetProperty("profile"));
        var index = ImmutableDictionary.CreateBuilder<string, ElementKind>(StringComparer.Ordinal);

        ImmutableDictionary<string, T> ReadAll<T>(string property, ElementKind kind, Func<JsonElement, T> read, Func<T, string> id)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
            foreach (var item in root.GetProperty(property).EnumerateArray())
            {
                var value = read(item);
                builder.Add(id(value), value);
                index.Add(id(value), kind);
            }

            return builder.ToImmutable();
        }

        var stakeholders = ReadAll("stakeholders", ElementKind.Stakeholder, e => ApplyFields(Schemas.Stakeholder,
            new Stakeholder { Id = S(e, "id"), Name = string.Empty, X = e.GetProperty("x").GetDouble(), Y = e.GetProperty("y").GetDouble() },
            e.GetProperty("fields")), s => s.Id);
        var team = ReadAll("teamMembers", ElementKind.TeamMember, e => ApplyFields(Schemas.TeamMember,
            new TeamMember { Id = S(e, "id"), Name = string.Empty, X = e.GetProperty("x").GetDouble(), Y = e.GetProperty("y").GetDouble() },
            e.GetProperty("fields")), t => t.Id);
        var relationships = ReadAll("relationships", ElementKind.Relationship, e => ApplyFields(Schemas.Relationship,
            new Relationship { Id = S(e, "id"), FromId = S(e, "fromId"), ToId = S(e, "toId") },
            e.GetProperty("fields")), r => r.Id);
        var coverages = ReadAll("coverages", ElementKind.Coverage, e => ApplyFields(Schemas.Coverage,
            new Coverage { Id = S(e, "id"), TeamMemberId = S(e, "teamMemberId"), StakeholderId = S(e, "stakeholderId") },
            e.GetProperty("fields")), c => c.Id);
        var elements = ReadAll("visionElements", ElementKind.VisionElement, e => ApplyFields(Schemas.VisionElement,
            new VisionElement
            {
                Id = S(e, "id"),
                Type = Enum.Parse<VisionElementType>(S(e, "elementType")),
                Title = string.Empty,
                X = e.GetProperty("x").GetDouble(),
                Y = e.GetProperty("y").GetDouble(),
            },
            e.GetProperty("fields")), v => v.Id);
        var links = ReadAll("visionLinks", ElementKind.VisionLink, e => ApplyFields(Schemas.VisionLink,
            new VisionLink { Id = S(e, "id"), FromId = S(e, "fromId"), ToId = S(e, "toId") },
            e.GetProperty("fields")), l => l.Id);
        var endorsements = ReadAll("endorsements", ElementKind.Endorsement, e => new Endorsement
        {
            Id = S(e, "id"),
            StakeholderId = S(e, "stakeholderId"),
            ElementId = S(e, "elementId"),
            Kind = Enum.Parse<EndorsementKind>(S(e, "kind")),
        }, e => e.Id);

        var acknowledgements = root.GetProperty("acknowledgements").EnumerateArray()
            .Select(a => new GapAcknowledgement(S(a, "gapId"), S(a, "reason"), S(a, "byName"),
                a.GetProperty("at").GetDateTimeOffset(), OptS(a, "fingerprint")))
            .ToImmutableDictionary(a => a.GapId, StringComparer.Ordinal);
        var iterations = root.GetProperty("iterations").EnumerateArray()
            .Select(i => new Iteration(S(i, "id"), S(i, "name"), i.GetProperty("version").GetInt64(), S(i, "byName"),
                i.GetProperty("at").GetDateTimeOffset()))
            .ToImmutableList();
        foreach (var iteration in iterations)
        {
            index.Add(iteration.Id, ElementKind.Iteration);
        }

        var phases = root.GetProperty("phaseHistory").EnumerateArray()
            .Select(p => new PhaseChange(Enum.Parse<JourneyPhase>(S(p, "from")), Enum.Parse<JourneyPhase>(S(p, "to")),
                OptS(p, "reason"), p.GetProperty("version").GetInt64(), S(p, "byName"), p.GetProperty("at").GetDateTimeOffset()))
            .ToImmutableList();

        return new RoomState
        {
            RoomId = S(root, "roomId"),
            Version = root.GetProperty("version").GetInt64(),
            Phase = Enum.Parse<JourneyPhase>(S(root, "phase")),
            Profile = profile,
            Stakeholders = stakeholders,
            TeamMembers = team,
            Relationships = relationships,
            Coverages = coverages,
            VisionElements = elements,
            VisionLinks = links,
            Endorsements = endorsements,
            Index = index.ToImmutable(),
            Acknowledgements = acknowledgements,
            Iterations = iterations,
            PhaseHistory = phases,
            Threads = ThreadJson.ReadAll(root),
            AccountItems = AccountItemJson.ReadAll(root),
            Baseline = root.TryGetProperty("baseline", out var baseline) ? Read(baseline) : null,
        };
    }

    private static T ApplyFields<T>(FieldSet<T> schema, T entity, JsonElement fields)
        where T : class
    {
        var (result, _, error) = schema.Apply(entity, JsonFields.Read(fields, "fields"));
        return error is null ? result! : throw new InvalidDataException($"Snapshot field is invalid: {error.Message}");
    }

    private static void WriteFields<T>(Utf8JsonWriter writer, string property, FieldSet<T> schema, T entity)
        where T : class
    {
        writer.WriteStartObject(property);
        foreach (var (name, value) in schema.ReadAll(entity))
        {
            writer.WritePropertyName(name);
            JsonFields.WriteValue(writer, schema.Find(name)!.Kind, value);
        }

        writer.WriteEndObject();
    }

    private static IEnumerable<T> Sorted<T>(ImmutableDictionary<string, T> items) =>
        items.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => i.Value);

    private static string S(JsonElement e, string name) => e.GetProperty(name).GetString()
        ?? throw new InvalidDataException($"Snapshot property '{name}' is null.");

    private static string? OptS(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
