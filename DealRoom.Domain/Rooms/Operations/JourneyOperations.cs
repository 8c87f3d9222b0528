namespace DealRoom.Domain.Rooms.Operations;

/// <summary>Moves the room to a journey phase, forward or back, with a short reason.</summary>
public sealed record SetPhase(Stakeholders.JourneyPhase Phase, string? Reason) : Operation
{
    public override string Type => "setPhase";
}

/// <summary>Acknowledges a gap with a reason; it comes back when the facts behind it change.</summary>
public sealed record AcknowledgeGap(string GapId, string Reason) : Operation
{
    public override string Type => "acknowledgeGap";

    /// <summary>
    /// The fingerprint of the facts behind the gap when it was acknowledged: set by the server when it applies the
    /// operation (whatever a client sent), so that every replica stores the same acknowledgement.
    /// </summary>
    public string? Fingerprint { get; init; }
}

/// <summary>Lifts an acknowledgement, so the gap shows as open again.</summary>
public sealed record UnacknowledgeGap(string GapId) : Operation
{
    public override string Type => "unacknowledgeGap";
}

/// <summary>Marks an iteration: a named snapshot of both maps that history rules compare against.</summary>
public sealed record MarkIteration(string Id, string Name) : Operation
{
    public override string Type => "markIteration";
}
