namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// The mentions of a regimen named by a two-letter acronym ("AC", "EC", "TC"), which the case-insensitive scan of a
/// drug's words leaves out (a two-letter word would match every "ac" and "ec" of the text). An acronym is one when
/// several given drugs were first named by it; it is found only as written, in capitals, as a whole word.
/// </summary>
internal static class AcronymMentions
{
    /// <summary>Adds <paramref name="kind"/> (a drug, at no position) to the acronym that named it first, when that is two capitals.</summary>
    public static void Add(Dictionary<string, List<TreatmentMention>> acronyms, string firstMention, TreatmentMention kind)
    {
        if (firstMention.Length != 2 || !char.IsAsciiLetterUpper(firstMention[0]) || !char.IsAsciiLetterUpper(firstMention[1]))
        {
            return;
        }

        if (!acronyms.TryGetValue(firstMention, out var kinds))
        {
            acronyms[firstMention] = kinds = [];
        }

        if (!kinds.Exists(k => k.Name == kind.Name))
        {
            kinds.Add(kind);
        }
    }

    /// <summary>Adds to <paramref name="mentions"/> every whole-word occurrence of each acronym several drugs share, one mention per drug.</summary>
    public static void Find(ExtractionContext context, Dictionary<string, List<TreatmentMention>> acronyms, HashSet<int> notGiven, List<TreatmentMention> mentions)
    {
        var text = context.Text;
        foreach (var (acronym, kinds) in acronyms)
        {
            if (kinds.Count < 2)
            {
                continue;
            }

            for (var at = text.IndexOf(acronym, StringComparison.Ordinal); at >= 0; at = text.IndexOf(acronym, at + 1, StringComparison.Ordinal))
            {
                var end = at + acronym.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])) && !notGiven.Contains(at))
                {
                    for (var k = 0; k < kinds.Count; k++)
                    {
                        mentions.Add(kinds[k] with { Start = at, End = end, Patient = context.PatientAt(at), Secondary = k > 0 });
                    }
                }
            }
        }
    }
}
