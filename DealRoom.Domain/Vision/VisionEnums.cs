namespace DealRoom.Domain.Vision;

/// <summary>The kinds of element on the shared-vision map.</summary>
public enum VisionElementType
{
    CurrentState,
    Challenge,
    Concept,
    Perspective,
    DesiredResult,
    Win,
    Metric,
    Capability,
    Milestone,
    Risk,
    FutureState,
}

/// <summary>How two vision elements relate.</summary>
public enum VisionLinkKind
{
    /// <summary>A concept or perspective addresses a challenge.</summary>
    Addresses,

    /// <summary>Any element leads to another.</summary>
    LeadsTo,

    /// <summary>A desired result or win is measured by a metric.</summary>
    MeasuredBy,

    /// <summary>A capability, concept or perspective contributes to a desired result or win.</summary>
    ContributesTo,

    /// <summary>A milestone is a step of the path to the future state (or of a later milestone).</summary>
    StepOf,

    /// <summary>An element mitigates a risk.</summary>
    Mitigates,
}

/// <summary>How a stakeholder stands to a vision element.</summary>
public enum EndorsementKind
{
    /// <summary>The stakeholder endorses the element.</summary>
    Endorses,

    /// <summary>The stakeholder holds this concept.</summary>
    Holds,

    /// <summary>The stakeholder wants this desired result.</summary>
    Wants,

    /// <summary>The stakeholder gains this personal win.</summary>
    Gains,
}
