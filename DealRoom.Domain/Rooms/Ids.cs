namespace DealRoom.Domain.Rooms;

/// <summary>Rules for element ids, which clients make themselves so they can refer to an element before its ack.</summary>
public static class Ids
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A fresh random id with a readable prefix, e.g. "sh-3f9c2a1b7d4e".</summary>
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(MaxLength, prefix.Length + 13)];
}
