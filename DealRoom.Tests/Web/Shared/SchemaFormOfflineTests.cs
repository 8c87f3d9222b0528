using Bunit;
using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Web.Features.Shared;

namespace DealRoom.Tests.Web.Shared;

/// <summary>Text typed while the circuit was down comes back from the browser and is sent, merged or held: never dropped.</summary>
public class SchemaFormOfflineTests : BunitSetup
{
    private const string Id = "sh-1";
    private readonly List<FieldChange> _submitted = [];
    private readonly FieldAuthors _authors = new();
    private readonly Stakeholder _stakeholder = ComponentRooms.With(new AddStakeholder(Id, 0, 0, ComponentRooms.Fields(
        ("name", "Maria Santos"), ("title", "VP Sales"), ("privateNotes", "Met at the summit.")))).Stakeholders[Id];

    [Fact]
    public async Task OfferUnsent_ShouldSubmitTheKeptText_WhenNobodyChangedTheFieldMeanwhile()
    {
        // Arrange
        var cut = RenderForm(_stakeholder);

        // Act
        var taken = await cut.InvokeAsync(() => cut.Instance.OfferUnsent("title", "VP Sales", "Head of Sales ", "op-offline-1"));

        // Assert
        Assert.True(taken);
        Assert.Equal(new FieldChange("title", "Head of Sales"), Assert.Single(_submitted));
    }

    [Fact]
    public async Task OfferUnsent_ShouldSubmitTheMergedText_WhenSomeoneChangedALongTextMeanwhile()
    {
        // Arrange
        var cut = RenderForm(Changed(_stakeholder, "privateNotes", "Sam says: Met at the summit."));

        // Act
        await cut.InvokeAsync(() => cut.Instance.OfferUnsent("privateNotes", "Met at the summit.", "Met at the summit. Wants a pilot.", "op-offline-2"));

        // Assert
        Assert.Equal(new FieldChange("privateNotes", "Sam says: Met at the summit. Wants a pilot."), Assert.Single(_submitted));
    }

    [Fact]
    public async Task OfferUnsent_ShouldHoldTheTextForADecision_WhenSomeoneChangedAShortFieldMeanwhile()
    {
        // Arrange
        var cut = RenderForm(Changed(_stakeholder, "title", "Chief Revenue Officer"));

        // Act
        var taken = await cut.InvokeAsync(() => cut.Instance.OfferUnsent("title", "VP Sales", "Head of Sales", "op-offline-3"));

        // Assert: nothing sent; the kept text shows in the field with the other value beside it.
        Assert.True(taken);
        Assert.Empty(_submitted);
        cut.WaitForAssertion(() => Assert.Equal("Chief Revenue Officer", cut.Find("[data-field=title] [data-testid=collision-value]").TextContent));
        Assert.Equal("Head of Sales", cut.Find($"#f-{Id}-title").GetAttribute("value"));
    }

    [Fact]
    public async Task OfferUnsent_ShouldSubmitOnce_WhenTheSameOpIdIsOfferedTwice()
    {
        // Arrange
        var cut = RenderForm(_stakeholder);

        // Act
        await cut.InvokeAsync(() => cut.Instance.OfferUnsent("title", "VP Sales", "Head of Sales", "op-offline-4"));
        var again = await cut.InvokeAsync(() => cut.Instance.OfferUnsent("title", "VP Sales", "Head of Sales", "op-offline-4"));

        // Assert
        Assert.True(again);
        Assert.Single(_submitted);
    }

    [Fact]
    public async Task OfferUnsent_ShouldShowTheErrorAndSubmitNothing_WhenTheKeptTextIsInvalid()
    {
        // Arrange
        var cut = RenderForm(_stakeholder);

        // Act
        await cut.InvokeAsync(() => cut.Instance.OfferUnsent("name", "Maria Santos", "   ", "op-offline-5"));

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("The stakeholder's name is required.", cut.Find("[data-field=name]").TextContent, StringComparison.Ordinal));
        Assert.Empty(_submitted);
    }

    private IRenderedComponent<SchemaForm<Stakeholder>> RenderForm(Stakeholder value) => Render<SchemaForm<Stakeholder>>(p => p
        .AddCascadingValue(_authors)
        .Add(x => x.Schema, Schemas.Stakeholder)
        .Add(x => x.Value, value)
        .Add(x => x.ElementId, Id)
        .Add(x => x.OnChange, (FieldChange change) => _submitted.Add(change)));

    private static Stakeholder Changed(Stakeholder current, string field, string value) => Schemas.Stakeholder.Find(field)!.Write(current, value).Value!;
}
