namespace DealRoom.Domain.Vision;

/// <summary>Which element types each kind of vision link may join.</summary>
public static class VisionLinkRules
{
    public static bool Allows(VisionLinkKind kind, VisionElementType from, VisionElementType to) => kind switch
    {
        VisionLinkKind.Addresses =>
            from is VisionElementType.Concept or VisionElementType.Perspective or VisionElementType.Capability
            && to is VisionElementType.Challenge or VisionElementType.CurrentState,
        VisionLinkKind.MeasuredBy =>
            from is VisionElementType.DesiredResult or VisionElementType.Win or VisionElementType.FutureState
            && to is VisionElementType.Metric,
        VisionLinkKind.ContributesTo =>
            from is VisionElementType.Capability or VisionElementType.Concept or VisionElementType.Perspective or VisionElementType.Milestone
            && to is VisionElementType.DesiredResult or VisionElementType.Win or VisionElementType.FutureState,
        VisionLinkKind.StepOf =>
            from is VisionElementType.Milestone && to is VisionElementType.FutureState or VisionElementType.Milestone,
        VisionLinkKind.Mitigates => from is not VisionElementType.Risk && to is VisionElementType.Risk,
        VisionLinkKind.LeadsTo => true,
        _ => false,
    };

    public static string Describe(VisionLinkKind kind) => kind switch
    {
        VisionLinkKind.Addresses => "'Addresses' goes from a Concept, Perspective or Capability to a Challenge or Current state.",
        VisionLinkKind.MeasuredBy => "'MeasuredBy' goes from a Desired result, Win or Future state to a Metric.",
        VisionLinkKind.ContributesTo => "'ContributesTo' goes from a Capability, Concept, Perspective or Milestone to a Desired result, Win or Future state.",
        VisionLinkKind.StepOf => "'StepOf' goes from a Milestone to a Future state or a later Milestone.",
        VisionLinkKind.Mitigates => "'Mitigates' goes from any element but a Risk to a Risk.",
        _ => "'LeadsTo' may join any two elements.",
    };
}
