using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// C4: active key stakeholders hold concepts that nothing reconciles. Key stakeholders who hold at least one concept
/// are grouped: two are in one group when they hold a common concept or endorse a common perspective. With more than
/// one group, each smaller group yields a finding between its first stakeholder (by id) and the largest group's.
/// </summary>
public sealed class C4UnreconciledConcepts() : GapRule("C4", Dynamics.Change, Severity.Warning, Awareness)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        var holders = new List<Stakeholder>();
        foreach (var s in context.ActiveKey)
        {
            if (context.FactsOf(s.Id).ConceptsHeld.Count > 0)
            {
                holders.Add(s);
            }
        }

        if (holders.Count < 2)
        {
            return;
        }

        var parent = new int[holders.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        var firstHolder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < holders.Count; i++)
        {
            var facts = context.FactsOf(holders[i].Id);
            Join(facts.ConceptsHeld, i);
            Join(facts.PerspectivesEndorsed, i);
        }

        // Holders are sorted by id, so the root of each group, the lowest index, is its first stakeholder by id.
        var size = new int[holders.Count];
        for (var i = 0; i < holders.Count; i++)
        {
            size[Find(i)]++;
        }

        var main = -1;
        for (var i = 0; i < holders.Count; i++)
        {
            if (size[i] > 0 && (main < 0 || size[i] > size[main]))
            {
                main = i;
            }
        }

        for (var root = 0; root < holders.Count; root++)
        {
            if (size[root] == 0 || root == main)
            {
                continue;
            }

            var a = holders[root];
            var b = holders[main];
            // The facts: the concepts of the smaller group and of the main group's anchor (not the whole main group,
            // so an edit elsewhere in the main group leaves the acknowledgement alone).
            var concepts = new List<string>(context.FactsOf(b.Id).ConceptsHeld);
            for (var i = root; i < holders.Count; i++)
            {
                if (Find(i) == root)
                {
                    concepts.AddRange(context.FactsOf(holders[i].Id).ConceptsHeld);
                }
            }

            var conceptA = ConceptTitle(context, a);
            var conceptB = ConceptTitle(context, b);
            findings.Add(Finding(
                $"{GapText.Who(a)} favours {conceptA} while {GapText.Who(b)} favours {conceptB}, and nothing reconciles them",
                "When key stakeholders back competing approaches, the group stalls or settles on the one you did not shape.",
                $"Bring a Perspective that reconciles {conceptA} and {conceptB} and get both {a.Name} and {b.Name} to endorse it, or find a concept they can share.",
                Fingerprint.Of(Fingerprint.Set(concepts)),
                a.Id,
                b.Id));
        }

        void Join(IReadOnlyList<string> elementIds, int holder)
        {
            foreach (var id in elementIds)
            {
                if (firstHolder.TryGetValue(id, out var other))
                {
                    var (x, y) = (Find(holder), Find(other));
                    if (x != y)
                    {
                        parent[Math.Max(x, y)] = Math.Min(x, y);
                    }
                }
                else
                {
                    firstHolder.Add(id, holder);
                }
            }
        }

        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }
    }

    private static string ConceptTitle(GapContext context, Stakeholder s)
    {
        string? first = null;
        foreach (var id in context.FactsOf(s.Id).ConceptsHeld)
        {
            if (first is null || string.CompareOrdinal(id, first) < 0)
            {
                first = id;
            }
        }

        return first is not null && context.Element(first) is { } concept ? GapText.What(concept) : "another concept";
    }
}
