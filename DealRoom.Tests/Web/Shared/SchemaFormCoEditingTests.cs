using Bunit;
using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Web.Features.Shared;

namespace DealRoom.Tests.Web.Shared;

/// <summary>A field someone is in keeps their words while others commit to it; collisions are shown and decided.</summary>
public class SchemaFormCoEditingTests : BunitSetup
{
    private const string Id = "sh-1";
    private readonly List<FieldChange> _submitted = [];
    private readonly FieldAuthors _authors = new();
    private readonly Stakeholder _stakeholder = ComponentRooms.With(new AddStakeholder(Id, 0, 0, ComponentRooms.Fields(
        ("name", "Maria Santos"), ("title", "VP Sales"), ("privateNotes", "Met at the summit.")))).Stakeholders[Id];

    [Fact]
    public void RemoteUpdate_ShouldNotReplaceTheFieldsText_WhenTheFieldIsFocused()
    {
        // Arrange
        var cut = RenderForm(_stakeholder);
        Focus(cut, "privateNotes");

        // Act
        cut.Render(p => p.Add(x => x.Value, Remote(_stakeholder, "privateNotes", "Sam says: Met at the summit.", "Sam")));

        // Assert: the editor's text stays; a note says who changed it and that the words will merge.
        Assert.Equal("Met at the summit.", Notes(cut));
        Assert.Contains("Changed by Sam just now", cut.Find("[data-field=privateNotes] [data-testid=field-collision]").TextContent, StringComparison.Ordinal);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void Change_ShouldSubmitTheMergedText_WhenALongTextWasChangedElsewhereWhileFocused()
    {
        // Arrange
        var cut = RenderForm(_stakeholder);
        Focus(cut, "privateNotes");
        var remote = Remote(_stakeholder, "privateNotes", "Sam says: Met at the summit.", "Sam");
        cut.Render(p => p.Add(x => x.Value, remote));

        // Act: the editor's own value arrives as they leave the field.
        cut.Find($"#f-{Id}-privateNotes").Change("Met at the summit. Wants a pilot.");

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(new FieldChange("privateNotes", "Sam says: Met at the summit. Wants a pilot."), Assert.Single(_submitted)));
    }

    [Fact]
    public void RemoteUpdate_ShouldReplaceTheValue_WhenNobodyIsInTheField()
    {
        // Arrange
        var cut = RenderForm(_stakeholder);

        // Act
        cut.Render(p => p.Add(x => x.Value, Remote(_stakeholder, "privateNotes", "Updated elsewhere.", "Sam")));

        // Assert
        Assert.Equal("Updated elsewhere.", Notes(cut));
        Assert.Empty(cut.FindAll("[data-testid=field-collision]"));
    }

    [Fact]
    public void RemoteUpdate_ShouldShowWhoChangedAShortFieldAndSubmitNothing_UntilTheEditorKeepsTheirs()
    {
        // Arrange
        var cut = RenderForm(_stakeholder);
        Focus(cut, "title");
        cut.Render(p => p.Add(x => x.Value, Remote(_stakeholder, "title", "Chief Revenue Officer", "Sam")));

        // Act 1: the editor's value arrives; it is held, not sent.
        cut.Find($"#f-{Id}-title").Change("Head of Sales");

        // Assert 1
        var notice = cut.Find("[data-field=title] [data-testid=field-collision]");
        Assert.Contains("Changed by Sam just now", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("Chief Revenue Officer", cut.Find("[data-field=title] [data-testid=collision-value]").TextContent);
        Assert.Equal("Head of Sales", cut.Find($"#f-{Id}-title").GetAttribute("value"));
        Assert.Empty(_submitted);

        // Act 2
        cut.Find("[data-field=title] [data-testid=keep-mine]").Click();

        // Assert 2
        cut.WaitForAssertion(() => Assert.Equal(new FieldChange("title", "Head of Sales"), Assert.Single(_submitted)));
        Assert.Empty(cut.FindAll("[data-testid=field-collision]"));
    }

    [Fact]
    public void TakeTheirs_ShouldShowTheOtherValueAndSubmitNothing_WhenAShortFieldCollided()
    {
        // Arrange
        var cut = RenderForm(_stakeholder);
        Focus(cut, "title");
        cut.Render(p => p.Add(x => x.Value, Remote(_stakeholder, "title", "Chief Revenue Officer", "Sam")));
        cut.Find($"#f-{Id}-title").Change("Head of Sales");

        // Act
        cut.Find("[data-field=title] [data-testid=take-theirs]").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("Chief Revenue Officer", cut.Find($"#f-{Id}-title").GetAttribute("value")));
        Assert.Empty(cut.FindAll("[data-testid=field-collision]"));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void Change_ShouldShowBothVersionsAndSubmitTheCombination_WhenBothChangedTheSameWords()
    {
        // Arrange
        var start = _stakeholder with { PrivateNotes = "Decision in March by the board." };
        var cut = RenderForm(start);
        Focus(cut, "privateNotes");
        cut.Render(p => p.Add(x => x.Value, Remote(start, "privateNotes", "Decision in June by the board.", "Sam")));

        // Act 1
        cut.Find($"#f-{Id}-privateNotes").Change("Decision in April by the board.");

        // Assert 1: nothing sent, both versions beside the field.
        Assert.Empty(_submitted);
        Assert.Equal("Decision in June by the board.", cut.Find("[data-testid=collision-theirs] .collision-text").TextContent);
        Assert.Equal("Decision in April by the board.", cut.Find("[data-testid=collision-mine] .collision-text").TextContent);

        // Act 2: the editor writes the combination and uses it.
        cut.Find($"#f-{Id}-privateNotes-combined").Change("Decision in April or June by the board.");
        cut.Find("[data-testid=use-combined]").Click();

        // Assert 2
        cut.WaitForAssertion(() => Assert.Equal(new FieldChange("privateNotes", "Decision in April or June by the board."), Assert.Single(_submitted)));
        Assert.Empty(cut.FindAll("[data-testid=field-collision]"));
    }

    [Fact]
    public async Task Change_ShouldShowPendingThenRollBackWithTheReason_WhenTheServerRefuses()
    {
        // Arrange
        var answer = new TaskCompletionSource();
        var cut = Render<SchemaForm<Stakeholder>>(p => p
            .AddCascadingValue(_authors)
            .Add(x => x.Schema, Schemas.Stakeholder)
            .Add(x => x.Value, _stakeholder)
            .Add(x => x.ElementId, Id)
            .Add(x => x.OnChange, async (FieldChange change) =>
            {
                await answer.Task;
                _authors.Refused(new UpdateStakeholder(Id, Patch.Of(change)), new RoomError(ErrorCodes.Unavailable, "The room could not save this change."));
            }));

        // Act 1
        cut.Find($"#f-{Id}-title").Change("Head of Sales");

        // Assert 1: the new value shows, marked as not yet saved.
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-field=title] [data-testid=field-pending]")));
        Assert.Equal("Head of Sales", cut.Find($"#f-{Id}-title").GetAttribute("value"));

        // Act 2
        await cut.InvokeAsync(answer.SetResult);

        // Assert 2: back to the committed value, with the reason beside the field.
        cut.WaitForAssertion(() => Assert.Equal("Not saved: The room could not save this change.", cut.Find("[data-field=title] [data-testid=field-refused]").TextContent));
        Assert.Equal("VP Sales", cut.Find($"#f-{Id}-title").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=field-pending]"));
    }

    private IRenderedComponent<SchemaForm<Stakeholder>> RenderForm(Stakeholder value) => Render<SchemaForm<Stakeholder>>(p => p
        .AddCascadingValue(_authors)
        .Add(x => x.Schema, Schemas.Stakeholder)
        .Add(x => x.Value, value)
        .Add(x => x.ElementId, Id)
        .Add(x => x.OnChange, (FieldChange change) => _submitted.Add(change)));

    private static void Focus(IRenderedComponent<SchemaForm<Stakeholder>> cut, string field) =>
        cut.Find($"[data-field={field}]").FocusIn();

    private static string? Notes(IRenderedComponent<SchemaForm<Stakeholder>> cut) => cut.Find($"#f-{Id}-privateNotes").GetAttribute("value");

    /// <summary>The element after someone else committed one field, as the room page records it.</summary>
    private Stakeholder Remote(Stakeholder current, string field, string value, string author)
    {
        var fields = ComponentRooms.Fields((field, value));
        _authors.Record([new CommittedOperation(1, "op-remote", "u-" + author, author, DateTimeOffset.UnixEpoch, new UpdateStakeholder(Id, fields))]);
        var write = Schemas.Stakeholder.Find(field)!.Write(current, value);
        return write.Value!;
    }
}
