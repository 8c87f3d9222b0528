using Bunit;
using DealRoom.Web.Features.UndoRedo;

namespace DealRoom.Tests.Web.UndoRedo;

public sealed class UndoButtonsTests : BunitSetup
{
    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, false)]
    [InlineData(true, true, true)]
    public void Render_ShouldEnableEachButtonOnlyWhenItHasSomethingToDo_AndNotWhileBusy(bool canUndo, bool canRedo, bool busy)
    {
        var cut = Render<UndoButtons>(p => p.Add(x => x.CanUndo, canUndo).Add(x => x.CanRedo, canRedo).Add(x => x.Busy, busy));

        Assert.Equal(!canUndo || busy, cut.Find("[data-testid=undo]").HasAttribute("disabled"));
        Assert.Equal(!canRedo || busy, cut.Find("[data-testid=redo]").HasAttribute("disabled"));
    }

    [Fact]
    public void Click_ShouldAskForAnUndoOrARedo_WhenEnabled()
    {
        var asked = new List<string>();
        var cut = Render<UndoButtons>(p => p
            .Add(x => x.CanUndo, true)
            .Add(x => x.CanRedo, true)
            .Add(x => x.OnUndo, () => asked.Add("undo"))
            .Add(x => x.OnRedo, () => asked.Add("redo")));

        cut.Find("[data-testid=redo]").Click();
        cut.Find("[data-testid=undo]").Click();

        Assert.Equal(["redo", "undo"], asked);
    }
}
