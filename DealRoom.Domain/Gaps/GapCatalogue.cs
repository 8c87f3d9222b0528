using DealRoom.Domain.Gaps.Rules;

namespace DealRoom.Domain.Gaps;

/// <summary>Every gap rule. Adding a rule is one file in Rules/ and one line here.</summary>
public static class GapCatalogue
{
    public static readonly IReadOnlyList<IGapRule> Rules =
    [
        new C1NoKnownConcept(),
        new C2NoResultOrWin(),
        new C3NoExecutiveSponsor(),
        new C4UnreconciledConcepts(),
        new C5ThinContext(),
        new C6UncoveredOpponent(),
        new C7NoSharedVision(),
        new C8NoDecisionToChange(),
        new D1NewcomerNotOnboarded(),
        new D2NoProcurement(),
        new D3EconomicBuyerUnknown(),
        new D4BusinessCaseNotMapped(),
        new D5NoPhasedPath(),
        new D6DelegateNotSecured(),
        new D7UnmitigatedRisk(),
        new D8SingleThreaded(),
        new D9NumbersWithoutMetric(),
        new D10PaperProcessNotMapped(),
        new D11KeyStakeholderStyleUnknown(),
        new V1SponsorValueConversation(),
        new V2ValueNotConfirmed(),
        new V3MetricNotMeasured(),
        new V4NoAccountLead(),
        new B1NoTrueChampion(),
        new B2OppositionNotOutweighed(),
        new B3NoOppositionMapped(),
        new B4KeyStakeholderUnknown(),
        new B5EconomicBuyerNoNeed(),
        new B6NoCompellingEventOrAlternative(),
        new H1NewKeyPlayer(),
        new H2StanceDropped(),
        new H3ChampionOrSponsorLost(),
        new E1AreaWithoutExpert(),
        new E2FunctionWithoutExpert(),
        new E3ExpertOverCapacity(),
        new E4ExpertRequestOpenTooLong(),
        new E5KeyFunctionWithoutAssignedExpert(),
    ];

    private static readonly Dictionary<string, IGapRule> ById = Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static IGapRule? Find(string ruleId) => ById.GetValueOrDefault(ruleId);
}
