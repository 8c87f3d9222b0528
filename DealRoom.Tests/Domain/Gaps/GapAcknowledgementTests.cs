using DealRoom.Domain.Rooms;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Tests.Domain.Gaps;

public class GapAcknowledgementTests
{
    [Fact]
    public void GapId_ShouldStayStable_AcrossUnrelatedEdits()
    {
        var room = SkepticRoom();
        var before = room.Gap("C6:sh-ana")!;

        room.Move("sh-ana")
            .Update("sh-ana", ("privateNotes", "Worried about the migration"), ("title", "Group CFO"))
            .Stakeholder("sh-ben", "Ben Ng", ("influence", "2"))
            .Element("ch-1", VisionElementType.Challenge, "Late invoices");
        var after = room.Gap("C6:sh-ana")!;

        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.Fingerprint, after.Fingerprint);
        Assert.Equal("Ana Ruiz (Group CFO) is a Skeptic with influence 4 and nobody covers them", after.Title);
    }

    [Fact]
    public void AcknowledgeGap_ShouldRecordTheCurrentFingerprint()
    {
        var room = SkepticRoom().Acknowledge("C6:sh-ana", "Sam meets her on Friday");

        var ack = room.State.Acknowledgements["C6:sh-ana"];

        Assert.Equal(room.Gap("C6:sh-ana")!.Fingerprint, ack.Fingerprint);
        Assert.Equal(GapFingerprints.Of(room.State, "C6:sh-ana"), ack.Fingerprint);
    }

    [Fact]
    public void Acknowledgement_ShouldSurviveUnrelatedEdits()
    {
        var room = SkepticRoom().Acknowledge("C6:sh-ana");

        room.Move("sh-ana")
            .Update("sh-ana", ("privateNotes", "Prefers email"))
            .Stakeholder("sh-ben", "Ben Ng")
            .Member("tm-2", "Kim")
            .Covers("tm-2", "sh-ben");

        Assert.Contains(room.Report.Acknowledged, g => g.Id == "C6:sh-ana");
        Assert.DoesNotContain(room.Report.Open, g => g.Id == "C6:sh-ana");
    }

    [Theory]
    [InlineData("influence", "5")]
    [InlineData("stance", "Blocker")]
    public void Acknowledgement_ShouldBeLifted_WhenItsFactsChange(string field, string value)
    {
        var room = SkepticRoom().Acknowledge("C6:sh-ana");

        room.Update("sh-ana", (field, value));

        Assert.Contains(room.Report.Open, g => g.Id == "C6:sh-ana");
        Assert.DoesNotContain(room.Report.Acknowledged, g => g.Id == "C6:sh-ana");
    }

    [Fact]
    public void Acknowledgement_ShouldHoldAgain_WhenTheFactsReturn()
    {
        var room = SkepticRoom().Acknowledge("C6:sh-ana").Update("sh-ana", ("influence", "5")).Update("sh-ana", ("influence", "4"));

        Assert.Contains(room.Report.Acknowledged, g => g.Id == "C6:sh-ana");
    }

    [Fact]
    public void Acknowledgement_OfAGapThatDoesNotFire_ShouldNotHideItWhenItFires()
    {
        var room = new GapTestRoom().Stakeholder("sh-ana", "Ana Ruiz", ("influence", "4")).Acknowledge("C6:sh-ana");

        room.Update("sh-ana", ("stance", "Skeptic"));

        Assert.Null(room.State.Acknowledgements["C6:sh-ana"].Fingerprint);
        Assert.Contains(room.Report.Open, g => g.Id == "C6:sh-ana");
    }

    [Fact]
    public void GapFingerprints_ShouldBeNull_ForUnknownOrSilentGaps()
    {
        var state = SkepticRoom().State;

        Assert.NotNull(GapFingerprints.Of(state, "C6:sh-ana"));
        Assert.Null(GapFingerprints.Of(state, "C6:sh-nobody"));
        Assert.Null(GapFingerprints.Of(state, "Z9"));
        Assert.Null(GapFingerprints.Of(state, "D7:risk-1"));
    }

    [Fact]
    public void Acknowledgement_ShouldNotCountInTheHealthSummary()
    {
        var room = SkepticRoom();
        var before = room.Report.CountsFor(DealRoom.Domain.Gaps.Dynamics.Change).Warning;

        room.Acknowledge("C6:sh-ana");

        Assert.Equal(before - 1, room.Report.CountsFor(DealRoom.Domain.Gaps.Dynamics.Change).Warning);
    }

    private static GapTestRoom SkepticRoom() => new GapTestRoom(JourneyPhase.Awareness)
        .Stakeholder("sh-ana", "Ana Ruiz", ("title", "CFO"), ("stance", "Skeptic"), ("influence", "4"))
        .Member("tm-1", "Sam Seller");
}
