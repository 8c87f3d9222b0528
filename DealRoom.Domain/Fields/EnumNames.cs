namespace DealRoom.Domain.Fields;

/// <summary>
/// Reads an enum value by its name only: case-insensitive, surrounding white space ignored. Unlike
/// <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> it refuses numbers (" 1", "+2") and comma lists
/// ("Champion,Supporter", which would otherwise be read as the bitwise OR of the two values).
/// </summary>
public static class EnumNames
{
    public static TEnum? Parse<TEnum>(string? raw)
        where TEnum : struct, Enum
    {
        if (raw is null)
        {
            return null;
        }

        var name = raw.Trim();
        foreach (var candidate in Enum.GetNames<TEnum>())
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                return Enum.Parse<TEnum>(candidate);
            }
        }

        return null;
    }
}
