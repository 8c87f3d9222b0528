using System.Collections.Immutable;
using System.Text.Json;
using DealRoom.Domain.Accounts;

namespace DealRoom.Domain.Serialization;

/// <summary>
/// The snapshot form of an account's profile items, sorted by id. Written for account sequencers only (a deal room's
/// snapshot stays as it was); read when present.
/// </summary>
public static class AccountItemJson
{
    public static void WriteAll(Utf8JsonWriter writer, string roomId, ImmutableDictionary<string, AccountProfileItem> items)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        if (!AccountRoomIds.IsAccountRoom(roomId))
        {
            return;
        }

        writer.WriteStartArray("accountItems");
        foreach (var i in items.Values.OrderBy(i => i.Id, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("id", i.Id);
            writer.WriteString("kind", i.Kind.ToString());
            writer.WriteString("text", i.Text);
            writer.WriteString("figure", i.Figure);
            writer.WriteString("period", i.Period);
            writer.WriteString("recordedById", i.RecordedById);
            writer.WriteString("recordedByName", i.RecordedByName);
            writer.WriteString("recordedAt", i.RecordedAt);
            writer.WriteNumber("version", i.Version);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static ImmutableDictionary<string, AccountProfileItem> ReadAll(JsonElement root)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, AccountProfileItem>(StringComparer.Ordinal);
        if (root.TryGetProperty("accountItems", out var items))
        {
            foreach (var e in items.EnumerateArray())
            {
                var item = new AccountProfileItem
                {
                    Id = Str(e, "id"),
                    Kind = Enum.Parse<AccountItemKind>(Str(e, "kind")),
                    Text = Str(e, "text"),
                    Figure = OptStr(e, "figure"),
                    Period = OptStr(e, "period"),
                    RecordedById = Str(e, "recordedById"),
                    RecordedByName = Str(e, "recordedByName"),
                    RecordedAt = e.GetProperty("recordedAt").GetDateTimeOffset(),
                    Version = e.GetProperty("version").GetInt64(),
                };
                builder.Add(item.Id, item);
            }
        }

        return builder.ToImmutable();
    }

    private static string Str(JsonElement e, string name) => e.GetProperty(name).GetString()
        ?? throw new InvalidDataException($"Snapshot property '{name}' is null.");

    private static string? OptStr(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
