namespace DealRoom.Domain.Team;

/// <summary>A deal-team member's part in the pursuit.</summary>
public enum TeamRole
{
    Seller,
    DealOwner,
    ExecutiveAccountManager,
    DomainExpert,
}

/// <summary>How the customer sees our relationship with a stakeholder, from Vendor to Trusted advisor.</summary>
public enum RelationshipLevel
{
    Vendor,
    CredibleSource,
    ProblemSolver,
    TrustedAdvisor,
}

/// <summary>How deep our contact with a stakeholder goes.</summary>
public enum ContactDepth
{
    NoContact,
    BriefContact,
    MultipleContacts,
    InDepth,
}
