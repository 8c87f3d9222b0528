using DealRoom.Domain.Experts;

namespace DealRoom.Web.Persistence.Entities;

/// <summary>One expertise area of a user, with its proficiency (1–3) and knowledge area.</summary>
public sealed class ExpertiseAreaRecord
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Area { get; set; }
    public int Proficiency { get; set; }
    public KnowledgeArea Knowledge { get; set; }
}
