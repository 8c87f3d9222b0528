using System.Text;
using DiffMatchPatch;

namespace DealRoom.Web.Features.Shared;

/// <summary>
/// Three-way merge of a long text at character level: what one person typed (mine) and what someone else committed
/// meanwhile (theirs), both starting from the same text (base). Each side's changes are found with diff-match-patch
/// and laid over the base; they merge cleanly when they touch different parts of it. When both sides changed the
/// same words the merge is not clean, and the person decides (see <see cref="TextMergeResult"/>).
/// </summary>
public static class TextMerge
{
    public static TextMergeResult Merge(string? baseText, string? mine, string? theirs)
    {
        var original = baseText ?? string.Empty;
        var mineText = mine ?? string.Empty;
        var theirsText = theirs ?? string.Empty;
        if (mineText == theirsText || theirsText == original)
        {
            return new TextMergeResult(mineText, true);
        }

        if (mineText == original)
        {
            return new TextMergeResult(theirsText, true);
        }

        var engine = new diff_match_patch { Diff_Timeout = 0.5f };
        var ours = EditsOf(engine, original, mineText);
        var others = EditsOf(engine, original, theirsText);
        return Combine(original, ours, others) is { } merged
            ? new TextMergeResult(merged, true)
            : new TextMergeResult(null, false, BestEffort(engine, original, mineText, theirsText));
    }

    /// <summary>One side's changes as replacements of base ranges, in base order (a pure insertion has Start == End).</summary>
    private static List<TextEdit> EditsOf(diff_match_patch engine, string original, string changed)
    {
        var diffs = engine.diff_main(original, changed);

        // Whole words, not scattered letters: two people rewording one phrase then collide instead of interleaving.
        engine.diff_cleanupSemantic(diffs);
        var edits = new List<TextEdit>();
        var position = 0;
        TextEdit? open = null;
        foreach (var diff in diffs)
        {
            switch (diff.operation)
            {
                case Operation.EQUAL:
                    Close();
                    position += diff.text.Length;
                    break;
                case Operation.DELETE:
                    open = open is null ? new TextEdit(position, position + diff.text.Length, string.Empty) : open with { End = open.End + diff.text.Length };
                    position += diff.text.Length;
                    break;
                case Operation.INSERT:
                    open = open is null ? new TextEdit(position, position, diff.text) : open with { Text = open.Text + diff.text };
                    break;
            }
        }

        Close();
        return edits;

        void Close()
        {
            if (open is not null)
            {
                edits.Add(open);
                open = null;
            }
        }
    }

    /// <summary>Lays both sides' edits over the base, or null when two of them touch the same base text.</summary>
    private static string? Combine(string original, List<TextEdit> ours, List<TextEdit> others)
    {
        var all = new List<TextEdit>();
        foreach (var mine in ours)
        {
            foreach (var theirs in others)
            {
                if (mine == theirs)
                {
                    continue;
                }

                if (Overlaps(mine, theirs))
                {
                    return null;
                }
            }
        }

        // Theirs first at an equal position: the text already committed stays ahead of what arrives after it. An
        // insertion sorts before a replacement starting at its point, so the walk over the base never goes back.
        all.AddRange(others);
        all.AddRange(ours.Where(m => !others.Contains(m)));
        var ordered = all.Select((edit, index) => (edit, index)).OrderBy(x => x.edit.Start).ThenBy(x => x.edit.End).ThenBy(x => x.index).Select(x => x.edit);
        var text = new StringBuilder(original.Length + 64);
        var position = 0;
        foreach (var edit in ordered)
        {
            text.Append(original, position, edit.Start - position);
            text.Append(edit.Text);
            position = edit.End;
        }

        text.Append(original, position, original.Length - position);
        return text.ToString();
    }

    // Two edits collide when they replace overlapping base text, or one inserts inside text the other replaces.
    // Two insertions at one point do not: both people's words are kept.
    private static bool Overlaps(TextEdit a, TextEdit b)
    {
        if (a.Start == a.End && b.Start == b.End)
        {
            return false;
        }

        if (a.Start == a.End)
        {
            return a.Start > b.Start && a.Start < b.End;
        }

        if (b.Start == b.End)
        {
            return b.Start > a.Start && b.Start < a.End;
        }

        return a.Start < b.End && b.Start < a.End;
    }

    /// <summary>A starting point for combining by hand: my patches applied to theirs wherever they still fit.</summary>
    private static string BestEffort(diff_match_patch engine, string original, string mine, string theirs)
    {
        var patches = engine.patch_make(original, mine);
        var applied = engine.patch_apply(patches, theirs);
        return applied[0] as string ?? theirs;
    }

    private sealed record TextEdit(int Start, int End, string Text);
}
