using Bunit;
using DealRoom.Web.Features.Rooms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DealRoom.Tests.Web.Rooms;

public class NewRoomDialogTests : BunitSetup
{
    private const string NameMissing = "A room needs a name.";

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, Task<DialogResult?> Result)> OpenAsync()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var reference = await provider.InvokeAsync(() => dialogs.ShowAsync<NewRoomDialog>("New room"));
        return (provider, reference.Result);
    }

    [Fact]
    public async Task Open_ShouldShowNoErrorAndNoRequired_BeforeAnythingIsTyped()
    {
        var (provider, _) = await OpenAsync();

        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("input[data-testid=new-room-name]")));
        provider.Find("input[data-testid=new-room-name]").Blur();

        Assert.DoesNotContain(NameMissing, provider.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Required", provider.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_ShouldShowTheError_OnlyOnceTheNameIsClearedAgain()
    {
        var (provider, _) = await OpenAsync();
        var input = () => provider.Find("input[data-testid=new-room-name]");

        input().Input("N");
        Assert.DoesNotContain(NameMissing, provider.Markup, StringComparison.Ordinal);
        input().Input(string.Empty);

        provider.WaitForAssertion(() => Assert.Contains(NameMissing, provider.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_ShouldRefuseAnEmptyName_AndCloseWithTheTrimmedName()
    {
        var (provider, result) = await OpenAsync();

        provider.Find("[data-testid=create-room]").Click();
        provider.WaitForAssertion(() => Assert.Contains(NameMissing, provider.Markup, StringComparison.Ordinal));
        Assert.False(result.IsCompleted);

        provider.Find("input[data-testid=new-room-name]").Input("  Contoso renewal ");
        provider.Find("[data-testid=create-room]").Click();

        var closed = await result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);
        Assert.Equal("Contoso renewal", closed?.Data);
    }
}
