using CaseIngest.Core.Model;

namespace CaseIngest.TextAnalytics.Mapping;

/// <summary>
/// Compares the second reader's facts with the rules' facts of one category. A rules fact that the reader also found
/// (same patient, and overlapping evidence or the same name) carries both sources and the reader's links; a fact
/// only the reader found is added once per patient and name, with source <c>text-analytics</c>; the rules' other
/// facts are left as they are. The list ends in document order.
/// </summary>
internal static class ReaderMerge
{
    public static ReaderCategoryCounts Merge<T>(string category, List<T> rules, List<T> found, Func<T, string> key, Func<T, string> patient, Func<T, Evidence> evidence, Func<T, IReadOnlyList<VocabularyLink>?> links, Func<T, string, IReadOnlyList<VocabularyLink>, T> with)
        where T : class
    {
        var confirmed = new IReadOnlyList<VocabularyLink>?[rules.Count];
        var added = new List<T>();
        var addedKeys = new HashSet<(string, string)>();
        foreach (var fact in found)
        {
            var match = -1;
            for (var i = 0; i < rules.Count && match < 0; i++)
            {
                if (patient(rules[i]) == patient(fact) && (Overlaps(evidence(rules[i]), evidence(fact)) || string.Equals(key(rules[i]), key(fact), StringComparison.OrdinalIgnoreCase)))
                {
                    match = i;
                }
            }

            if (match >= 0)
            {
                confirmed[match] = VocabularyLinks.Union(confirmed[match], links(fact));
            }
            else if (addedKeys.Add((patient(fact), key(fact).ToLowerInvariant())))
            {
                added.Add(fact);
            }
        }

        var both = 0;
        for (var i = 0; i < rules.Count; i++)
        {
            if (confirmed[i] is { } confirmedLinks)
            {
                rules[i] = with(rules[i], FactSource.RulesAndTextAnalytics, VocabularyLinks.Union(links(rules[i]), confirmedLinks));
                both++;
            }
        }

        var rulesOnly = rules.Count - both;
        rules.AddRange(added);
        rules.Sort((a, b) => Compare(evidence(a), evidence(b), key(a), key(b)));
        return new ReaderCategoryCounts { Category = category, Both = both, RulesOnly = rulesOnly, SecondReaderOnly = added.Count };
    }

    private static bool Overlaps(Evidence a, Evidence b) => a.Start < b.End && b.Start < a.End;

    private static int Compare(Evidence a, Evidence b, string keyA, string keyB)
    {
        var byStart = a.Start.CompareTo(b.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = a.End.CompareTo(b.End);
        return byEnd != 0 ? byEnd : string.CompareOrdinal(keyA, keyB);
    }
}
