using System.Globalization;
using System.Text.Json;
using DealRoom.Domain.Fields;

namespace DealRoom.Domain.Serialization;

/// <summary>Converts field values between JSON and their canonical text.</summary>
public static class JsonFields
{
    /// <summary>Reads a JSON object of field values: strings, numbers, booleans or null.</summary>
    public static Dictionary<string, string?> Read(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new OperationFormatException($"'{property}' must be an object of field values.");
        }

        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in element.EnumerateObject())
        {
            fields[field.Name] = ReadValue(field.Value, field.Name);
        }

        return fields;
    }

    public static string? ReadValue(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => null,
        _ => throw new OperationFormatException($"Field '{name}' must be a string, number, boolean or null."),
    };

    /// <summary>Writes one canonical value with the JSON type its field kind calls for.</summary>
    public static void WriteValue(Utf8JsonWriter writer, FieldKind? kind, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        switch (kind)
        {
            case FieldKind.Integer when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l):
                writer.WriteNumberValue(l);
                break;
            case FieldKind.Number when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                writer.WriteNumberValue(d);
                break;
            case FieldKind.Boolean:
                writer.WriteBooleanValue(value == "true");
                break;
            default:
                writer.WriteStringValue(value);
                break;
        }
    }

    public static void Write(Utf8JsonWriter writer, string property, IReadOnlyDictionary<string, string?> fields, Func<string, FieldKind?> kindOf)
    {
        writer.WriteStartObject(property);
        foreach (var (name, value) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(name);
            WriteValue(writer, kindOf(name), value);
        }

        writer.WriteEndObject();
    }
}
