namespace DealRoom.Domain.Gaps;

/// <summary>
/// Whether a team member's expertise area covers an area or function a rule asks for (E1, E2): the same whole words
/// in either direction ("Finance" covers "Corporate finance", "IT" covers "IT security"), or a shared entry of a small
/// synonym map ("Purchasing" covers "Procurement"). Whole words, because as substrings "Security" would cover "IT".
/// </summary>
public static class ExpertiseMatch
{
    // Declared first: Synonyms below includes it, and static fields initialise in order.
    private static readonly IReadOnlyList<string> SalesPhrases = ["sales", "commercial", "business development", "revenue"];

    /// <summary>Phrases that name the same field of expertise, in lower case.</summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> Synonyms =
    [
        ["finance", "financial", "accounting", "controlling", "treasury"],
        ["it", "information technology", "ict", "technology"],
        ["security", "cybersecurity", "cyber security", "infosec", "information security"],
        ["procurement", "purchasing", "sourcing"],
        ["legal", "law", "contracts"],
        ["hr", "human resources", "people"],
        ["operations", "ops"],
        SalesPhrases,
        ["supply chain", "logistics"],
        ["manufacturing", "production"],
    ];

    /// <summary>
    /// Functions no domain expert stands for: running the company is the executive's own job, and the team brings
    /// the account manager for it, not an expert. E2 leaves them out.
    /// </summary>
    public static readonly IReadOnlySet<string> FunctionsWithoutExpert = new HashSet<string>(StringComparer.Ordinal)
    {
        "general management", "management", "executive", "executive management", "executive office", "leadership",
        "board", "board of directors",
    };

    private static readonly string[][][] SynonymWords =
        [.. Synonyms.Select(group => group.Select(phrase => Words(phrase)).ToArray())];

    /// <summary>True when <paramref name="expertise"/> covers <paramref name="wanted"/>.</summary>
    public static bool Covers(string expertise, string wanted)
    {
        ArgumentNullException.ThrowIfNull(expertise);
        ArgumentNullException.ThrowIfNull(wanted);
        var have = Words(expertise);
        var want = Words(wanted);
        if (have.Length == 0 || want.Length == 0)
        {
            return false;
        }

        if (ContainsPhrase(have, want) || ContainsPhrase(want, have))
        {
            return true;
        }

        foreach (var group in SynonymWords)
        {
            if (Mentions(have, group) && Mentions(want, group))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text names sales and nothing else: "Sales", "Commercial", "Business development", "Revenue".</summary>
    public static bool IsSales(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        foreach (var phrase in SalesPhrases)
        {
            if (string.Join(' ', words) == phrase)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a function no domain expert sensibly covers, such as "General management".</summary>
    public static bool HasNoExpert(string function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return FunctionsWithoutExpert.Contains(string.Join(' ', Words(function)));
    }

    /// <summary>The text's words in lower case: runs of letters and digits.</summary>
    public static string[] Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return [.. words];
    }

    private static bool Mentions(string[] words, string[][] group)
    {
        foreach (var phrase in group)
        {
            if (ContainsPhrase(words, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="words"/> as consecutive whole words.</summary>
    private static bool ContainsPhrase(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            var j = 0;
            while (j < phrase.Length && words[i + j] == phrase[j])
            {
                j++;
            }

            if (j == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }
}
