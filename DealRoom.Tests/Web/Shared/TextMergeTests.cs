using DealRoom.Web.Features.Shared;

namespace DealRoom.Tests.Web.Shared;

public class TextMergeTests
{
    [Theory]
    [InlineData("Met at the summit.", "Met at the summit. Wants a pilot.", "Sam says: Met at the summit.", "Sam says: Met at the summit. Wants a pilot.")]
    [InlineData("Budget unclear.", "Budget unclear. Call in May.", "Budget unclear. Skeptic of SaaS.", "Budget unclear. Skeptic of SaaS. Call in May.")]
    [InlineData("one two three", "one 2 three", "one two 3", "one 2 3")]
    [InlineData("", "mine", "", "mine")]
    [InlineData("", "", "theirs", "theirs")]
    [InlineData("same", "same edit", "same edit", "same edit")]
    public void Merge_ShouldKeepBothSidesWords_WhenTheyChangedDifferentParts(string baseText, string mine, string theirs, string expected)
    {
        // Act
        var result = TextMerge.Merge(baseText, mine, theirs);

        // Assert
        Assert.True(result.Clean);
        Assert.Equal(expected, result.Merged);
    }

    [Fact]
    public void Merge_ShouldKeepTheirsFirst_WhenBothInsertedAtTheSamePoint()
    {
        // Act
        var result = TextMerge.Merge("Notes:", "Notes: mine", "Notes: theirs");

        // Assert
        Assert.True(result.Clean);
        Assert.Contains("mine", result.Merged, StringComparison.Ordinal);
        Assert.Contains("theirs", result.Merged, StringComparison.Ordinal);
        Assert.StartsWith("Notes: ", result.Merged, StringComparison.Ordinal);
        Assert.True(result.Merged!.IndexOf("theirs", StringComparison.Ordinal) < result.Merged.IndexOf("mine", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_ShouldReportAConflictWithASuggestion_WhenBothChangedTheSameWords()
    {
        // Act
        var result = TextMerge.Merge("Decision in March by the board.", "Decision in April by the board.", "Decision in June by the board.");

        // Assert
        Assert.False(result.Clean);
        Assert.Null(result.Merged);
        Assert.NotNull(result.Suggestion);
    }

    [Fact]
    public void Merge_ShouldReportAConflict_WhenOneSideDeletedTextTheOtherEdited()
    {
        // Act
        var result = TextMerge.Merge("Alpha beta gamma delta.", "Alpha delta.", "Alpha beta GAMMA delta.");

        // Assert
        Assert.False(result.Clean);
    }

    [Fact]
    public void Merge_ShouldTakeTheirs_WhenIChangedNothing()
    {
        // Act
        var result = TextMerge.Merge("base", "base", "their edit");

        // Assert
        Assert.Equal(new TextMergeResult("their edit", true), result);
    }

    [Fact]
    public void Merge_ShouldTreatNullAsEmpty_WhenAFieldWasNeverSet()
    {
        // Act
        var result = TextMerge.Merge(null, "first words", null);

        // Assert
        Assert.Equal("first words", result.Merged);
    }
}
