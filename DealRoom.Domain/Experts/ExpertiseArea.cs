namespace DealRoom.Domain.Experts;

/// <summary>One area a person knows, how well (1 working knowledge, 2 practitioner, 3 authority), and its knowledge area.</summary>
public sealed record ExpertiseArea(string Area, int Proficiency, KnowledgeArea Knowledge)
{
    public const int MinProficiency = 1;
    public const int MaxProficiency = 3;
}
