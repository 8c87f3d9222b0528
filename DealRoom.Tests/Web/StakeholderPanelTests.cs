using Bunit;
using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Stakeholders;

namespace DealRoom.Tests.Web;

public class StakeholderPanelTests : BunitSetup
{
    private readonly List<Operation> _submitted = [];
    private readonly RoomState _state = ComponentRooms.With(new AddStakeholder("sh-1", 0, 0, ComponentRooms.Fields(
        ("name", "Maria Santos"), ("title", "VP Sales Operations"), ("buyingRole", "ExecutiveSponsor"))));

    [Fact]
    public void Render_ShouldShowAnEditorForEveryStakeholderField()
    {
        // Act
        var cut = RenderPanel();

        // Assert
        foreach (var field in Schemas.Stakeholder.All)
        {
            Assert.NotNull(cut.Find($"[data-field={field.Name}]"));
        }

        Assert.Equal("Maria Santos", cut.Find("#f-sh-1-name").GetAttribute("value"));
        Assert.Equal("Maria Santos", cut.Find("[data-testid=panel-title]").TextContent);
    }

    [Fact]
    public void Change_ShouldShowARequiredMessageAndSubmitNothing_WhenTheNameIsEmptied()
    {
        // Arrange
        var cut = RenderPanel();

        // Act
        cut.Find("#f-sh-1-name").Change("   ");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("The stakeholder's name is required.", cut.Find("[data-field=name]").TextContent, StringComparison.Ordinal));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void Change_ShouldShowALengthMessageAndSubmitNothing_WhenTheNameIsTooLong()
    {
        // Arrange
        var cut = RenderPanel();

        // Act
        cut.Find("#f-sh-1-name").Change(new string('x', Schemas.NameLength + 1));

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("at most 200 characters", cut.Find("[data-field=name]").TextContent, StringComparison.Ordinal));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void Change_ShouldSubmitAnUpdateWithOnlyThatField_WhenTheTitleIsValid()
    {
        // Arrange
        var cut = RenderPanel();

        // Act
        cut.Find("#f-sh-1-title").Change("Chief Revenue Officer");

        // Assert
        cut.WaitForAssertion(() => Assert.Single(_submitted));
        var update = Assert.IsType<UpdateStakeholder>(_submitted[0]);
        Assert.Equal("sh-1", update.Id);
        var field = Assert.Single(update.Fields);
        Assert.Equal("title", field.Key);
        Assert.Equal("Chief Revenue Officer", field.Value);
    }

    [Fact]
    public void Render_ShouldSayNotAssessed_WhenNobodyEnteredPowerOrInfluence()
    {
        // Act
        var cut = RenderPanel();

        // Assert: no made-up middle value, and nothing to clear.
        Assert.Equal("Power: not assessed", cut.Find("[data-field=power] .rating-label").TextContent);
        Assert.Equal("Influence: not assessed", cut.Find("[data-field=influence] .rating-label").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=clear-power]"));
    }

    [Fact]
    public void Click_ShouldSubmitPowerCleared_WhenTheSellerMarksAnAssessedPowerNotAssessed()
    {
        // Arrange
        var state = ComponentRooms.With(new AddStakeholder("sh-2", 0, 0, ComponentRooms.Fields(("name", "Erik"), ("power", "4"))));
        var cut = Render<StakeholderPanel>(p => p
            .Add(x => x.Stakeholder, state.Stakeholders["sh-2"])
            .Add(x => x.State, state)
            .Add(x => x.OnSubmit, (Operation op) => _submitted.Add(op)));
        Assert.Equal("Power: 4 of 5", cut.Find("[data-field=power] .rating-label").TextContent);

        // Act
        cut.Find("[data-testid=clear-power]").Click();

        // Assert
        cut.WaitForAssertion(() => Assert.Single(_submitted));
        var field = Assert.Single(Assert.IsType<UpdateStakeholder>(_submitted[0]).Fields);
        Assert.Equal(("power", (string?)null), (field.Key, field.Value));
    }

    [Fact]
    public void Render_ShouldOfferNoChange_WhenTheViewerMayNotEditTheRoom()
    {
        // Act: a viewer (the room page cascades RoomReadOnly).
        var cut = Render<StakeholderPanel>(p => p
            .AddCascadingValue("RoomReadOnly", true)
            .Add(x => x.Stakeholder, _state.Stakeholders["sh-1"])
            .Add(x => x.State, _state)
            .Add(x => x.OnSubmit, (Operation op) => _submitted.Add(op)));

        // Assert: the values are shown, nothing offers a change.
        Assert.Equal("Maria Santos", cut.Find("#f-sh-1-name").GetAttribute("value"));
        Assert.True(cut.Find("#f-sh-1-name").HasAttribute("readonly"));
        Assert.Empty(cut.FindAll("[data-testid=delete-element]"));
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Add");
        Assert.DoesNotContain("Add a relationship", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ShouldOfferDeleteAndAdders_WhenTheViewerMayEdit()
    {
        var cut = RenderPanel();

        Assert.NotEmpty(cut.FindAll("[data-testid=delete-element]"));
        Assert.Contains(cut.FindAll("button"), b => b.TextContent.Trim() == "Add");
        Assert.False(cut.Find("#f-sh-1-name").HasAttribute("readonly"));
    }

    private IRenderedComponent<StakeholderPanel> RenderPanel() => Render<StakeholderPanel>(p => p
        .Add(x => x.Stakeholder, _state.Stakeholders["sh-1"])
        .Add(x => x.State, _state)
        .Add(x => x.OnSubmit, (Operation op) => _submitted.Add(op)));
}
