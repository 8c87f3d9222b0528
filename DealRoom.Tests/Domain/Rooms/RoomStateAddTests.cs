using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;
using static DealRoom.Tests.Support.RoomBuilder;

namespace DealRoom.Tests.Domain.Rooms;

public class RoomStateAddTests
{
    private static readonly (string Name, string? Value)[] AllStakeholderFields =
    [
        ("name", "  Dana Whitfield  "),
        ("title", "Chief Financial Officer"),
        ("function", "Finance"),
        ("buyingRole", "EconomicBuyer"),
        ("power", "5"),
        ("influence", "4"),
        ("stance", "Supporter"),
        ("decisionStyle", "Thinker"),
        ("responseMode", "Growth"),
        ("informationPreference", "NumbersAndData"),
        ("privateNotes", "Prefers a one-page summary."),
        ("phaseJoined", "Buying"),
        ("dateJoined", "2025-03-01"),
        ("dateLeft", "2025-09-30"),
        ("onboarded", "true"),
        ("lastConversation", "2025-06-15"),
        ("valueConfirmed", "true"),
        ("championPrefersUs", "true"),
        ("championMovesBudget", "true"),
        ("championSellsForUs", "false"),
        ("visibleToCustomer", "true"),
        ("email", "dana.whitfield@acme.example"),
    ];

    [Fact]
    public void AddStakeholder_ShouldRecordEveryField_WhenAllFieldsAreGiven()
    {
        // Arrange
        var state = RoomState.Create(RoomId, "Acme");
        var op = new AddStakeholder("sh-dana", 120.5, -40, Fields(AllStakeholderFields));

        // Act
        var result = RoomAssert.Applies(state, op);

        // Assert
        var s = result.State!.Stakeholders["sh-dana"];
        var expected = new Stakeholder
        {
            Id = "sh-dana",
            Name = "Dana Whitfield",
            Title = "Chief Financial Officer",
            Function = "Finance",
            BuyingRole = BuyingRole.EconomicBuyer,
            Power = 5,
            Influence = 4,
            Stance = Stance.Supporter,
            DecisionStyle = DecisionStyle.Thinker,
            ResponseMode = ResponseMode.Growth,
            InformationPreference = InformationPreference.NumbersAndData,
            PrivateNotes = "Prefers a one-page summary.",
            Email = "dana.whitfield@acme.example",
            PhaseJoined = JourneyPhase.Buying,
            DateJoined = new DateOnly(2025, 3, 1),
            DateLeft = new DateOnly(2025, 9, 30),
            Onboarded = true,
            LastConversation = new DateOnly(2025, 6, 15),
            ValueConfirmed = true,
            ChampionPrefersUs = true,
            ChampionMovesBudget = true,
            ChampionSellsForUs = false,
            VisibleToCustomer = true,
            X = 120.5,
            Y = -40,
        };
        Assert.Equal(expected, s);
        Assert.Equal(ElementKind.Stakeholder, result.State.KindOf("sh-dana"));
        Assert.Equal(1, result.State.ElementCount);
        var applied = Assert.IsType<AddStakeholder>(result.Applied);
        Assert.Equal("Dana Whitfield", applied.Fields["name"]);
        Assert.Equal((120.5, -40.0), (applied.X, applied.Y));
    }

    [Fact]
    public void AddStakeholder_ShouldCoverTheWholeSchema_WhenTheTestSendsAllFields()
    {
        // Arrange
        var schemaFields = Schemas.Stakeholder.All.Select(f => f.Name).Order(StringComparer.Ordinal);

        // Act
        var sentFields = AllStakeholderFields.Select(f => f.Name).Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(schemaFields, sentFields);
    }

    [Fact]
    public void AddStakeholder_ShouldUseDefaults_WhenOnlyTheNameIsGiven()
    {
        // Arrange
        var state = RoomState.Create(RoomId, "Acme");

        // Act
        var next = RoomAssert.Next(state, new AddStakeholder("sh-1", 0, 0, Fields(("name", "Lee"))));

        // Assert
        var s = next.Stakeholders["sh-1"];
        Assert.Equal(new Stakeholder { Id = "sh-1", Name = "Lee", PhaseJoined = JourneyPhase.Awareness, DateJoined = new DateOnly(2025, 3, 14) }, s);
        Assert.Equal(((int?)null, (int?)null), (s.Power, s.Influence)); // not assessed, not a middling 3
        Assert.Equal((BuyingRole.Unknown, Stance.Unknown), (s.BuyingRole, s.Stance));
    }

    [Fact]
    public void AddStakeholder_ShouldStampThePhaseAndDayJoinedIntoTheCanonicalOperation_WhenTheClientLeavesThemOut()
    {
        // Arrange: the room is in Buying when the seller adds the new IT security lead in the ordinary way.
        var state = RoomAssert.Next(RoomState.Create(RoomId, "Acme"), new SetPhase(JourneyPhase.Buying, "Decision signed off"));

        // Act
        var result = RoomAssert.Applies(state, new AddStakeholder("sh-tom", 0, 0, Fields(("name", "Tom Becker"))));

        // Assert: the stamp is in the state and in the broadcast, so every replica and replay holds the same.
        var tom = result.State!.Stakeholders["sh-tom"];
        Assert.Equal((JourneyPhase.Buying, new DateOnly(2025, 3, 14)), (tom.PhaseJoined, tom.DateJoined));
        var applied = Assert.IsType<AddStakeholder>(result.Applied);
        Assert.Equal(("Buying", "2025-03-14"), (applied.Fields["phaseJoined"], applied.Fields["dateJoined"]));
        Assert.Equal(tom, RoomAssert.Next(state, applied, RoomBuilder.Context with { At = DateTimeOffset.UnixEpoch }).Stakeholders["sh-tom"]);
    }

    [Theory]
    [InlineData("Awareness", "2024-11-02")]
    [InlineData(null, null)]
    public void AddStakeholder_ShouldKeepTheClientsPhaseAndDayJoined_WhenTheClientSendsThem(string? phase, string? day)
    {
        // Arrange
        var state = RoomAssert.Next(RoomState.Create(RoomId, "Acme"), new SetPhase(JourneyPhase.Buying, null));

        // Act
        var next = RoomAssert.Next(state, new AddStakeholder("sh-ana", 0, 0, Fields(("name", "Ana"), ("phaseJoined", phase), ("dateJoined", day))));

        // Assert
        var ana = next.Stakeholders["sh-ana"];
        Assert.Equal((phase, day), (ana.PhaseJoined?.ToString(), ana.DateJoined?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AddTeamMember_ShouldRecordNameRoleExpertiseAndPosition_WhenValid()
    {
        // Arrange
        var state = RoomState.Create(RoomId, "Acme");
        var op = new AddTeamMember("tm-1", -10, 20.25, Fields(("name", " Ravi "), ("role", "DomainExpert"), ("expertise", "Finance, IT")));

        // Act
        var next = RoomAssert.Next(state, op);

        // Assert
        var expected = new TeamMember { Id = "tm-1", Name = "Ravi", Role = TeamRole.DomainExpert, Expertise = "Finance, IT", X = -10, Y = 20.25 };
        Assert.Equal(expected, next.TeamMembers["tm-1"]);
        Assert.Equal(["Finance", "IT"], next.TeamMembers["tm-1"].ExpertiseAreas);
        Assert.Equal(ElementKind.TeamMember, next.KindOf("tm-1"));
    }

    public static TheoryData<VisionElementType> AllVisionElementTypes() => new(Enum.GetValues<VisionElementType>());

    [Theory]
    [MemberData(nameof(AllVisionElementTypes))]
    public void AddVisionElement_ShouldAddTheElement_WhenTypeIs(VisionElementType type)
    {
        // Arrange
        var state = RoomState.Create(RoomId, "Acme");
        var op = new AddVisionElement("ve-1", type, 300, 400, Fields(("title", " Lower churn "), ("description", "Why"), ("area", "Finance")));

        // Act
        var next = RoomAssert.Next(state, op);

        // Assert
        var expected = new VisionElement { Id = "ve-1", Type = type, Title = "Lower churn", Description = "Why", Area = "Finance", X = 300, Y = 400 };
        Assert.Equal(expected, next.VisionElements["ve-1"]);
        Assert.Equal(ElementKind.VisionElement, next.KindOf("ve-1"));
    }

    [Fact]
    public void AddVisionElement_ShouldRecordMetricFields_WhenTypeIsMetric()
    {
        // Arrange
        var state = RoomState.Create(RoomId, "Acme");
        var op = new AddVisionElement("ve-m", VisionElementType.Metric, 0, 0, Fields(
            ("title", "Days sales outstanding"), ("currentValue", "62"), ("targetValue", "45.5"),
            ("measuredValue", "-1e3"), ("unit", "days"), ("owner", "Dana")));

        // Act
        var next = RoomAssert.Next(state, op);

        // Assert
        var m = next.VisionElements["ve-m"];
        Assert.Equal((62.0, 45.5, -1000.0), (m.CurrentValue, m.TargetValue, m.MeasuredValue));
        Assert.Equal(("days", "Dana"), (m.Unit, m.Owner));
    }

    public static TheoryData<RelationshipKind, RelationshipStrength> RelationshipKinds()
    {
        var data = new TheoryData<RelationshipKind, RelationshipStrength>();
        var strengths = Enum.GetValues<RelationshipStrength>();
        var i = 0;
        foreach (var kind in Enum.GetValues<RelationshipKind>())
        {
            data.Add(kind, strengths[i++ % strengths.Length]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RelationshipKinds))]
    public void AddRelationship_ShouldLinkTwoStakeholders_WhenKindIs(RelationshipKind kind, RelationshipStrength strength)
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-a").Stakeholder("sh-b").Build();
        var op = new AddRelationship("rel-1", "sh-a", "sh-b", Fields(("kind", kind.ToString()), ("strength", strength.ToString())));

        // Act
        var next = RoomAssert.Next(state, op);

        // Assert
        var expected = new Relationship { Id = "rel-1", FromId = "sh-a", ToId = "sh-b", Kind = kind, Strength = strength };
        Assert.Equal(expected, next.Relationships["rel-1"]);
        Assert.Equal(ElementKind.Relationship, next.KindOf("rel-1"));
    }

    [Fact]
    public void AddRelationship_ShouldDefaultToMediumStrength_WhenStrengthIsNotGiven()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-a").Stakeholder("sh-b").Build();

        // Act
        var next = RoomAssert.Next(state, new AddRelationship("rel-1", "sh-a", "sh-b", Fields(("kind", "Influences"))));

        // Assert
        Assert.Equal(RelationshipStrength.Medium, next.Relationships["rel-1"].Strength);
    }

    [Fact]
    public void AddRelationship_ShouldAllowTheReverseDirectionAndAnotherKind_WhenOneAlreadyExists()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-a").Stakeholder("sh-b").Relationship("rel-1", "sh-a", "sh-b").Build();

        // Act
        var next = RoomAssert.Next(state, new AddRelationship("rel-2", "sh-b", "sh-a", Fields(("kind", "ReportsTo"))));
        next = RoomAssert.Next(next, new AddRelationship("rel-3", "sh-a", "sh-b", Fields(("kind", "AllyOf"))));

        // Assert
        Assert.Equal(3, next.Relationships.Count);
    }

    [Fact]
    public void AddCoverage_ShouldLinkTeamMemberToStakeholder_WhenValid()
    {
        // Arrange
        var state = new RoomBuilder().TeamMember("tm-1").Stakeholder("sh-1").Build();
        var op = new AddCoverage("cov-1", "tm-1", "sh-1", Fields(
            ("currentLevel", "CredibleSource"), ("desiredLevel", "ProblemSolver"), ("contactDepth", "MultipleContacts")));

        // Act
        var next = RoomAssert.Next(state, op);

        // Assert
        var expected = new Coverage
        {
            Id = "cov-1",
            TeamMemberId = "tm-1",
            StakeholderId = "sh-1",
            CurrentLevel = RelationshipLevel.CredibleSource,
            DesiredLevel = RelationshipLevel.ProblemSolver,
            ContactDepth = ContactDepth.MultipleContacts,
        };
        Assert.Equal(expected, next.Coverages["cov-1"]);
        Assert.Equal(ElementKind.Coverage, next.KindOf("cov-1"));
    }

    [Fact]
    public void AddCoverage_ShouldUseDefaults_WhenNoFieldsAreGiven()
    {
        // Arrange
        var state = new RoomBuilder().TeamMember("tm-1").Stakeholder("sh-1").Build();

        // Act
        var next = RoomAssert.Next(state, new AddCoverage("cov-1", "tm-1", "sh-1", FieldValues.None));

        // Assert
        var c = next.Coverages["cov-1"];
        Assert.Equal((RelationshipLevel.Vendor, RelationshipLevel.TrustedAdvisor, ContactDepth.NoContact), (c.CurrentLevel, c.DesiredLevel, c.ContactDepth));
    }

    public static TheoryData<VisionLinkKind, VisionElementType, VisionElementType> AllowedVisionLinks() => new()
    {
        { VisionLinkKind.Addresses, VisionElementType.Concept, VisionElementType.Challenge },
        { VisionLinkKind.Addresses, VisionElementType.Perspective, VisionElementType.CurrentState },
        { VisionLinkKind.LeadsTo, VisionElementType.CurrentState, VisionElementType.FutureState },
        { VisionLinkKind.MeasuredBy, VisionElementType.DesiredResult, VisionElementType.Metric },
        { VisionLinkKind.MeasuredBy, VisionElementType.Win, VisionElementType.Metric },
        { VisionLinkKind.ContributesTo, VisionElementType.Capability, VisionElementType.DesiredResult },
        { VisionLinkKind.ContributesTo, VisionElementType.Milestone, VisionElementType.FutureState },
        { VisionLinkKind.StepOf, VisionElementType.Milestone, VisionElementType.FutureState },
        { VisionLinkKind.StepOf, VisionElementType.Milestone, VisionElementType.Milestone },
        { VisionLinkKind.Mitigates, VisionElementType.Capability, VisionElementType.Risk },
    };

    [Theory]
    [MemberData(nameof(AllowedVisionLinks))]
    public void AddVisionLink_ShouldLinkTwoElements_WhenKindAllowsTheTypes(VisionLinkKind kind, VisionElementType from, VisionElementType to)
    {
        // Arrange
        var state = new RoomBuilder().VisionElement("ve-from", from).VisionElement("ve-to", to).Build();
        var op = new AddVisionLink("vl-1", "ve-from", "ve-to", Fields(("kind", kind.ToString())));

        // Act
        var next = RoomAssert.Next(state, op);

        // Assert
        Assert.Equal(new VisionLink { Id = "vl-1", FromId = "ve-from", ToId = "ve-to", Kind = kind }, next.VisionLinks["vl-1"]);
        Assert.Equal(ElementKind.VisionLink, next.KindOf("vl-1"));
    }

    [Fact]
    public void AllowedVisionLinks_ShouldIncludeEveryLinkKind_WhenUsedAsTheTable()
    {
        // Arrange
        var kinds = AllowedVisionLinks().Select(row => row.Data.Item1).Distinct();

        // Act
        var missing = Enum.GetValues<VisionLinkKind>().Except(kinds);

        // Assert
        Assert.Empty(missing);
    }

    public static TheoryData<EndorsementKind, VisionElementType> EndorsementKinds() => new()
    {
        { EndorsementKind.Endorses, VisionElementType.FutureState },
        { EndorsementKind.Endorses, VisionElementType.Metric },
        { EndorsementKind.Holds, VisionElementType.Concept },
        { EndorsementKind.Wants, VisionElementType.DesiredResult },
        { EndorsementKind.Gains, VisionElementType.Win },
    };

    [Theory]
    [MemberData(nameof(EndorsementKinds))]
    public void AddEndorsement_ShouldRecordTheStake_WhenKindFitsTheElement(EndorsementKind kind, VisionElementType type)
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1").VisionElement("ve-1", type).Build();
        var op = new AddEndorsement("en-1", "sh-1", "ve-1", kind);

        // Act
        var result = RoomAssert.Applies(state, op);

        // Assert
        var expected = new Endorsement { Id = "en-1", StakeholderId = "sh-1", ElementId = "ve-1", Kind = kind };
        Assert.Equal(expected, result.State!.Endorsements["en-1"]);
        Assert.Equal(ElementKind.Endorsement, result.State.KindOf("en-1"));
        Assert.Equal(op, result.Applied);
    }

    [Fact]
    public void AddEndorsement_ShouldAllowDifferentKinds_WhenSameStakeholderAndElement()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1").VisionElement("ve-c", VisionElementType.Concept)
            .Endorsement("en-1", "sh-1", "ve-c", EndorsementKind.Holds).Build();

        // Act
        var next = RoomAssert.Next(state, new AddEndorsement("en-2", "sh-1", "ve-c", EndorsementKind.Endorses));

        // Assert
        Assert.Equal(2, next.Endorsements.Count);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("Sh-1_x.y:z")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public void AddStakeholder_ShouldAcceptTheId_WhenItIsValid(string id)
    {
        // Arrange
        var state = RoomState.Create(RoomId, "Acme");

        // Act
        var next = RoomAssert.Next(state, new AddStakeholder(id, 0, 0, Fields(("name", "X"))));

        // Assert
        Assert.True(next.Stakeholders.ContainsKey(id));
    }

    [Theory]
    [InlineData(1_000_000, 1_000_000)]
    [InlineData(-1_000_000, -1_000_000)]
    [InlineData(0, -0.5)]
    public void AddStakeholder_ShouldAcceptThePosition_WhenWithinTheLimit(double x, double y)
    {
        // Arrange
        var state = RoomState.Create(RoomId, "Acme");

        // Act
        var next = RoomAssert.Next(state, new AddStakeholder("sh-1", x, y, Fields(("name", "X"))));

        // Assert
        Assert.Equal((x, y), (next.Stakeholders["sh-1"].X, next.Stakeholders["sh-1"].Y));
    }

    [Theory]
    [InlineData("name", 200)]
    [InlineData("privateNotes", 10_000)]
    public void AddStakeholder_ShouldAcceptText_WhenExactlyAtTheLimit(string field, int length)
    {
        // Arrange
        var state = RoomState.Create(RoomId, "Acme");
        var text = new string('x', length);

        // Act
        var next = RoomAssert.Next(state, new AddStakeholder("sh-1", 0, 0, Fields(("name", "X"), (field, text))));

        // Assert
        Assert.Equal(text, Schemas.Stakeholder.ReadAll(next.Stakeholders["sh-1"])[field]);
    }
}
