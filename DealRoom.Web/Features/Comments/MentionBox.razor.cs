using System.Text.RegularExpressions;
using DealRoom.Domain.Comments;
using Microsoft.AspNetCore.Components;

namespace DealRoom.Web.Features.Comments;

/// <summary>
/// A text box that offers the room's members when the word being typed starts with '@'. Its text and mentions are
/// its own state (read by the form that owns it, cleared after a post), not parameters.
/// </summary>
public partial class MentionBox
{
    private readonly List<Mentionable> _picked = [];

    [Parameter]
    public IReadOnlyList<Mentionable> Members { get; set; } = [];

    [Parameter]
    public string Placeholder { get; set; } = "Write a comment";

    [Parameter]
    public string TestId { get; set; } = "mention-box";

    public string Text { get; private set; } = string.Empty;

    /// <summary>The members picked whose "@Name" is still in the text: what the comment mentions.</summary>
    public IReadOnlyList<string> Mentions =>
        [.. _picked.Where(m => Text.Contains("@" + m.Name, StringComparison.Ordinal)).Select(m => m.UserId).Distinct(StringComparer.Ordinal)];

    private IReadOnlyList<Mentionable>? Suggestions
    {
        get
        {
            if (Members.Count == 0 || Typing() is not { } typed)
            {
                return null;
            }

            return [.. Members.Where(m => m.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase)
                || m.Name.Contains(" " + typed, StringComparison.OrdinalIgnoreCase)).Take(6)];
        }
    }

    public void Clear()
    {
        Text = string.Empty;
        _picked.Clear();
        StateHasChanged();
    }

    /// <summary>The partial name after the last '@' at the end of the text, or null when no mention is being typed.</summary>
    private string? Typing()
    {
        var match = MentionAtEnd().Match(Text);
        return match.Success ? match.Groups[1].Value : null;
    }

    private void Pick(Mentionable member)
    {
        // The match may start with the space before the '@': cut at the '@' itself.
        var match = MentionAtEnd().Match(Text);
        var at = match.Success ? match.Groups[1].Index - 1 : Text.Length;
        Text = Text[..at] + "@" + member.Name + " ";
        _picked.Add(member);
    }

    [GeneratedRegex(@"(?:^|\s)@([\p{L}\p{N}.\-' ]{0,40})$")]
    private static partial Regex MentionAtEnd();
}
