namespace DealRoom.Domain.Stakeholders;

/// <summary>The part a stakeholder plays in the buying decision.</summary>
public enum BuyingRole
{
    Unknown,
    ExecutiveSponsor,
    EconomicBuyer,
    DecisionMaker,
    Influencer,
    User,
    TechnicalEvaluator,
    Procurement,
    Gatekeeper,
    Champion,
}

/// <summary>A stakeholder's stance to the change.</summary>
public enum Stance
{
    Unknown,
    Champion,
    Supporter,
    Neutral,
    Skeptic,
    Blocker,
}

/// <summary>Williams and Miller's five decision-making styles.</summary>
public enum DecisionStyle
{
    Unknown,
    Charismatic,
    Thinker,
    Skeptic,
    Follower,
    Controller,
}

/// <summary>Strategic Selling's response modes: only Growth and Trouble are receptive to change.</summary>
public enum ResponseMode
{
    Unknown,
    Growth,
    Trouble,
    EvenKeel,
    Overconfident,
}

/// <summary>How a stakeholder prefers to take in information.</summary>
public enum InformationPreference
{
    Unknown,
    BigPicture,
    NumbersAndData,
    StoriesAndReferences,
    DetailAndSpecification,
    Visual,
}

/// <summary>The customer's journey phase, each with its own dynamics.</summary>
public enum JourneyPhase
{
    Awareness,
    Buying,
    ImplementationAndAdoption,
}

/// <summary>How two stakeholders relate.</summary>
public enum RelationshipKind
{
    ReportsTo,
    Influences,
    AllyOf,
    InConflictWith,
    DelegatedTo,
}

/// <summary>The strength of a relationship.</summary>
public enum RelationshipStrength
{
    Weak,
    Medium,
    Strong,
}
