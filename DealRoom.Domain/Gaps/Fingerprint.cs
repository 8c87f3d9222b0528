namespace DealRoom.Domain.Gaps;

/// <summary>
/// Reduces the facts behind a finding to a short string that is the same in every process and on every machine
/// (64-bit FNV-1a over the parts, so unlike <see cref="string.GetHashCode()"/> it is not randomised per process).
/// </summary>
public static class Fingerprint
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static string Of(params ReadOnlySpan<string?> facts)
    {
        var hash = OffsetBasis;
        foreach (var fact in facts)
        {
            if (fact is null)
            {
                hash = (hash ^ 0x1E) * Prime;
            }
            else
            {
                foreach (var c in fact)
                {
                    hash = (hash ^ c) * Prime;
                }
            }

            // A separator, so ("ab", "c") and ("a", "bc") differ.
            hash = (hash ^ 0x1F) * Prime;
        }

        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A set of ids (in any order) as one fact.</summary>
    public static string Set(List<string> ids)
    {
        ids.Sort(StringComparer.Ordinal);
        return string.Join(',', ids);
    }
}
