namespace DealRoom.Domain.Stakeholders;

/// <summary>A person on the customer's side of the deal, placed on the stakeholder map.</summary>
public sealed record Stakeholder
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Function { get; init; }
    public BuyingRole BuyingRole { get; init; }
    /// <summary>Formal authority over the decision, 1–5; null until the team assesses it.</summary>
    public int? Power { get; init; }

    /// <summary>How much others follow them, 1–5; null until the team assesses it.</summary>
    public int? Influence { get; init; }
    public Stance Stance { get; init; }
    public DecisionStyle DecisionStyle { get; init; }
    public ResponseMode ResponseMode { get; init; }
    public InformationPreference InformationPreference { get; init; }
    public string? PrivateNotes { get; init; }
    public JourneyPhase? PhaseJoined { get; init; }
    public DateOnly? DateJoined { get; init; }
    public DateOnly? DateLeft { get; init; }
    public bool Onboarded { get; init; }
    public DateOnly? LastConversation { get; init; }
    public bool ValueConfirmed { get; init; }

    /// <summary>The champion test: prefers us over every alternative, doing nothing included.</summary>
    public bool ChampionPrefersUs { get; init; }

    /// <summary>The champion test: has the clout to move budget.</summary>
    public bool ChampionMovesBudget { get; init; }

    /// <summary>The champion test: sells for us where we are absent.</summary>
    public bool ChampionSellsForUs { get; init; }

    /// <summary>Whether invited customers may see this stakeholder's name and title.</summary>
    public bool VisibleToCustomer { get; init; }

    /// <summary>
    /// The person's e-mail address, internal only: it is how the account's relationship network knows the same
    /// person across the account's rooms.
    /// </summary>
    public string? Email { get; init; }

    public double X { get; init; }
    public double Y { get; init; }

    /// <summary>Still in the buying group: has not left it.</summary>
    public bool IsActive => DateLeft is null;

    /// <summary>
    /// A key stakeholder: executive sponsor, economic buyer or decision maker, or influence 4 and above (an influence
    /// not assessed makes nobody key).
    /// </summary>
    public bool IsKey =>
        BuyingRole is BuyingRole.ExecutiveSponsor or BuyingRole.EconomicBuyer or BuyingRole.DecisionMaker
        || Influence >= 4;
}
