using Bunit;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Stakeholders;
using DealRoom.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DealRoom.Tests.Web.Accounts;

public class AccountCockpitTests : BunitSetup
{
    private static readonly AccountOpportunity[] Opportunities =
    [
        new("room-crm", "Northwind: cloud CRM", JourneyPhase.Awareness, Gaps(critical: 2), 4, 2, null),
        new("room-wh", "Northwind: warehouse analytics", JourneyPhase.ImplementationAndAdoption, Gaps(critical: 0), 3, 3, null),
        new("room-fleet", "Northwind: fleet telematics", JourneyPhase.Buying, Gaps(critical: 1), 3, 1, "lead-1"),
    ];

    [Fact]
    public void Render_ShouldListEveryOpportunityWithItsCoverage_WhenNoFilterIsSet()
    {
        var cut = Render<AccountCockpit>(p => p.Add(c => c.Opportunities, Opportunities));

        Assert.Equal(3, cut.FindAll("[data-testid=cockpit-row]").Count);
        Assert.Equal(["2 of 4", "3 of 3", "1 of 3"], cut.FindAll("[data-testid=coverage]").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void PhaseFilter_ShouldShowOnlyThatPhase_WhenAPhaseIsPicked()
    {
        var cut = Render<AccountCockpit>(p => p.Add(c => c.Opportunities, Opportunities));

        cut.Find("[data-testid=phase-Buying]").Click();

        var row = Assert.Single(cut.FindAll("[data-testid=cockpit-row]"));
        Assert.Contains("fleet telematics", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void CriticalFilter_ShouldHideHealthyRooms_WhenSwitchedOn()
    {
        var cut = Render<AccountCockpit>(p => p.Add(c => c.Opportunities, Opportunities));

        cut.Find("input[type=checkbox]").Change(true);

        Assert.Equal(2, cut.FindAll("[data-testid=cockpit-row]").Count);
        Assert.DoesNotContain("warehouse", cut.Find("[data-testid=cockpit]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ClickOnARow_ShouldOpenTheRoom_WhenTheManagerClicksIt()
    {
        var cut = Render<AccountCockpit>(p => p.Add(c => c.Opportunities, Opportunities));

        cut.FindAll("[data-testid=cockpit-row]")[1].Click();

        Assert.EndsWith("/rooms/room-wh", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    private static Dictionary<Dynamics, SeverityCounts> Gaps(int critical) =>
        Enum.GetValues<Dynamics>().ToDictionary(d => d, d => d == Dynamics.Value ? new SeverityCounts(1, 0, critical) : new SeverityCounts(0, 0, 0));
}
