using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Where the treatment that an event in the narrative may follow is first named: in the title and abstract the first
/// given treatment of the document; in a section of the case, the first given treatment of the same patient named in
/// that section, so that complaints told before it (the presentation) are not taken for its events; when the section
/// names none, the first given treatment the body names (outside the title and abstract), so that a treatment only the
/// abstract sums up does not make the complaints of the case its events. Each section and patient is worked out once.
/// </summary>
internal sealed class SectionThresholds(ExtractionContext context, TreatmentIndex treatments, List<int[]> firstMentions, int first)
{
    private readonly Dictionary<(int Section, string Patient), int> _known = [];
    private int _firstInBody = -1;

    /// <summary>The threshold for an event at <paramref name="start"/>.</summary>
    public int Of(int start)
    {
        var section = context.SectionAt(start);
        if (section is null || section.Kind is SectionKind.Title or SectionKind.Abstract || first > start)
        {
            return first;
        }

        var patient = context.PatientAt(start);
        if (_known.TryGetValue((section.Start, patient), out var known))
        {
            return known;
        }

        var found = int.MaxValue;
        foreach (var occurrences in firstMentions)
        {
            var index = Array.BinarySearch(occurrences, section.Start);
            index = index < 0 ? ~index : index;
            for (var tries = 0; index < occurrences.Length && occurrences[index] < section.End && tries <= 8; index++, tries++)
            {
                if (context.PatientAt(occurrences[index]) == patient)
                {
                    found = Math.Min(found, occurrences[index]);
                    break;
                }
            }
        }

        foreach (var mention in treatments.Between(section.Start, Math.Min(section.End, found)))
        {
            if (mention.Name == TreatmentIndex.Radiotherapy && mention.Patient == patient)
            {
                found = mention.Start;
                break;
            }
        }

        var threshold = found == int.MaxValue ? FirstInBody() : found;
        _known[(section.Start, patient)] = threshold;
        return threshold;
    }

    /// <summary>Where the body (every section but the title and abstract) first names a given treatment; the end of
    /// the text when only the title or abstract names one.</summary>
    private int FirstInBody()
    {
        if (_firstInBody >= 0)
        {
            return _firstInBody;
        }

        var found = int.MaxValue;
        foreach (var occurrences in firstMentions)
        {
            var index = Array.BinarySearch(occurrences, first);
            for (index = index < 0 ? ~index : index; index < occurrences.Length && occurrences[index] < found; index++)
            {
                if (InBody(occurrences[index]))
                {
                    found = occurrences[index];
                    break;
                }
            }
        }

        foreach (var mention in treatments.Between(first, found))
        {
            if (mention.Name == TreatmentIndex.Radiotherapy && InBody(mention.Start))
            {
                found = mention.Start;
                break;
            }
        }

        return _firstInBody = found;
    }

    private bool InBody(int at) => context.SectionAt(at) is not { Kind: SectionKind.Title or SectionKind.Abstract };
}
