using System.Text.Json;

namespace DealRoom.Web.Collaboration.Hub;

/// <summary>Reads hub arguments of any JSON shape without throwing: a wrong shape reads as missing or invalid.</summary>
internal static class HubArguments
{
    /// <summary>The string property, or null when the argument is no object or the property is missing or not a string.</summary>
    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The number property, or null when the argument is no object or the property is missing or not a number.</summary>
    public static double? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetDouble(out var number)
            ? number
            : null;

    /// <summary>
    /// An optional version: absent or null reads as null; a whole number that fits 64 bits as itself; anything else
    /// (a string, a fraction, an array, an object, a boolean) is invalid.
    /// </summary>
    public static bool TryOptionalVersion(JsonElement element, string name, out long? version)
    {
        version = null;
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            version = number;
            return true;
        }

        return false;
    }
}
