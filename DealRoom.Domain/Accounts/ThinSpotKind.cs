namespace DealRoom.Domain.Accounts;

/// <summary>Where the account's relationship network is thin.</summary>
public enum ThinSpotKind
{
    /// <summary>A key person of an opportunity whom nobody on our team covers.</summary>
    KeyPersonUncovered,

    /// <summary>One team member holds most of the account's relationships.</summary>
    RelationshipsConcentrated,

    /// <summary>A person who was our champion in one opportunity is uncovered in another.</summary>
    FormerChampionUncovered,
}
