namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// E3: an expert assigned to this room has more hours allocated across their rooms than their weekly capacity. An
/// over-booked expert misses meetings in some room, and the room cannot tell which until it happens.
/// </summary>
public sealed class E3ExpertOverCapacity() : GapRule("E3", Dynamics.Expert, Severity.Warning, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        if (context.Experts is not { } experts)
        {
            return;
        }

        foreach (var expert in experts.Assigned)
        {
            if (!expert.OverCapacity)
            {
                continue;
            }

            // The finding points at the expert's card when the room has one; else it is the room's, keyed by nothing
            // else, so two over-booked experts without cards would share an id: the user id keeps them apart.
            var card = context.MemberOfUser(expert.UserId);
            var hours = $"{GapText.N(expert.AllocatedHours)} h/week allocated, capacity {GapText.N(expert.CapacityHours)} h";
            findings.Add(Finding(
                $"{expert.Name} is over capacity ({hours})",
                "An expert booked beyond their hours misses meetings somewhere, and this room may be where.",
                $"Ask the executive account manager to free hours for {expert.Name} or to assign a second expert in {AreasOf(expert)}.",
                Fingerprint.Of(expert.UserId, GapText.N(expert.AllocatedHours), GapText.N(expert.CapacityHours)),
                card?.Id ?? "user:" + expert.UserId));
        }
    }

    private static string AreasOf(Domain.Experts.AssignedExpert expert) =>
        expert.Areas.Count == 0 ? "the same area" : GapText.Names(expert.Areas);
}
