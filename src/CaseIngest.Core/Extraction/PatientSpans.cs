namespace CaseIngest.Core.Extraction;

/// <summary>
/// Which patient each stretch of text speaks of, the one attribution every fact step uses. A case series opens a
/// patient's passage where its marker stands ("Case 2", "The second patient was …"), running to the next passage; a
/// patient named inside a sentence ("… and patient 2 maintained remission for 24 months") holds only its clause, and
/// takes precedence over the passage around it. Text before any passage is the first patient's.
/// </summary>
internal sealed class PatientSpans
{
    private readonly List<(int Start, string Patient)> _passages = [];
    private readonly List<(int Start, int End, string Patient)> _clauses = [];

    public int Count => _passages.Count + _clauses.Count;

    /// <summary>From <paramref name="start"/> on (up to the next passage), the text speaks of <paramref name="patient"/>.</summary>
    public void OpenPassage(int start, string patient)
    {
        _passages.Add((start, patient));
        _passages.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The text [start, end) speaks of <paramref name="patient"/>, whatever passage it stands in.</summary>
    public void MarkClause(int start, int end, string patient)
    {
        if (end > start)
        {
            _clauses.Add((start, end, patient));
            _clauses.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>The patient the text at <paramref name="offset"/> speaks of: its clause's, else its passage's, else <paramref name="fallback"/>.</summary>
    public string At(int offset, string fallback)
    {
        foreach (var (start, end, patient) in _clauses)
        {
            if (start > offset)
            {
                break;
            }

            if (offset < end)
            {
                return patient;
            }
        }

        var current = fallback;
        foreach (var (start, patient) in _passages)
        {
            if (start > offset)
            {
                break;
            }

            current = patient;
        }

        return current;
    }
}
