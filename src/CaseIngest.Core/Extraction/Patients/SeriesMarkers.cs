using System.Buffers;
using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Patients;

/// <summary>
/// Where the text starts to speak of each patient of a case series: "Case 1" / "Case 2" headings or lines, a sentence
/// that opens with "Patient 2" or "In case 3", and "the second patient" opening a description. A series counts only
/// when its numbers come in order.
/// </summary>
internal static partial class SeriesMarkers
{
    internal const int MaxPatients = 12;

    /// <summary>"The second patient was a 64-year-old woman": an ordinal that opens a sentence, or one beside an age.</summary>
    private static bool OpensDescription(string text, Text.Sentence sentence, int start, int end, List<AgeMention> ages)
    {
        foreach (var age in ages)
        {
            if (sentence.Contains(age.Start))
            {
                return true;
            }
        }

        if (start - sentence.Start > 12)
        {
            return false;
        }

        var after = text.AsSpan(end, Math.Min(14, text.Length - end)).TrimStart();
        return !(after.StartsWith("of", StringComparison.OrdinalIgnoreCase) || after.StartsWith("reported", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("described", StringComparison.OrdinalIgnoreCase) || after.StartsWith("in the", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] QuantityWords = ["day", "week", "month", "year", "hour", "mg", "time", "cycle", "dose", "cm", "mm", "%"];

    private static bool FollowedByQuantity(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(10, text.Length - end)).TrimStart();
        foreach (var word in QuantityWords)
        {
            if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return after.Length > 1 && after[0] is '.' or ',' && char.IsDigit(after[1]);
    }

    /// <summary>The markers that open each patient's passage; <paramref name="mentions"/> receives the patients named inside a sentence.</summary>
    public static List<PatientMarker> FindMarkers(ExtractionContext context, List<AgeMention> ages, List<PatientMention> mentions)
    {
        var text = context.Text;
        var markers = new List<PatientMarker>();
        foreach (var match in LineMarkerRegex().EnumerateMatches(text))
        {
            var value = text.AsSpan(match.Index, match.Length);
            if (MarkerNumber(value) is { } n && context.IsAboutCase(match.Index))
            {
                markers.Add(new PatientMarker(match.Index, n));
            }
        }

        foreach (var match in InlineMarkerRegex().EnumerateMatches(text))
        {
            var sentence = context.SentenceAt(match.Index);
            // "Case 2A 22-year-old male …" glued to the previous sentence by a lost line break
            var glued = match.Index > 0 && text[match.Index - 1] is '.' or ':' && char.IsUpper(text[match.Index]);
            if (!context.IsAboutCase(match.Index) || FollowedByQuantity(text, match.Index + match.Length)
                || MarkerNumber(text.AsSpan(match.Index, match.Length)) is not { } n)
            {
                continue;
            }

            if (PatientClauses.Compares(text, new PatientMention(match.Index, match.Index + match.Length, n)))
            {
                // "Unlike patient 1, she …" speaks of the other patient
                continue;
            }

            if ((match.Index - sentence.Start > 12 && !glued) || InCommentary(context, match.Index))
            {
                // "… with patient 1 achieving 12 months of PFS and patient 2 …": the patient of a clause
                mentions.Add(new PatientMention(match.Index, match.Index + match.Length, n));
                continue;
            }

            markers.Add(new PatientMarker(glued ? match.Index : sentence.Start, n));
        }

        if (MayHoldOrdinalMarker(text))
        {
            foreach (var match in OrdinalMarkerRegex().EnumerateMatches(text))
            {
                var sentence = context.SentenceAt(match.Index);
                if (!context.IsAboutCase(match.Index))
                {
                    continue;
                }

                var opens = OpensDescription(text, sentence, match.Index, match.Index + match.Length, ages);
                var value = text.AsSpan(match.Index, match.Length);
                int? n = null;
                string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth"];
                for (var i = 0; i < ordinals.Length; i++)
                {
                    if (value.Contains(ordinals[i], StringComparison.OrdinalIgnoreCase))
                    {
                        n = i + 1;
                    }
                }

                if (n is { } number && opens && !InCommentary(context, match.Index))
                {
                    markers.Add(new PatientMarker(sentence.Start, number));
                }
                else if (n is { } named && (match.Index - sentence.Start > 12 || InCommentary(context, match.Index)))
                {
                    mentions.Add(new PatientMention(match.Index, match.Index + match.Length, named));
                }
            }
        }

        return InOrder(markers, m => m.Start, m => m.Number);
    }

    /// <summary>The patients named inside sentences, when their numbers make a series (1 then 2 …); otherwise none.</summary>
    public static List<PatientMention> InOrder(List<PatientMention> mentions) => InOrder(mentions, m => m.Start, m => m.Number);

    /// <summary>Sorted by position, kept only when the numbers come in order: 2 after 1 (or after the start), 3 after 2 …</summary>
    private static List<T> InOrder<T>(List<T> found, Func<T, int> start, Func<T, int> number)
    {
        found.Sort((a, b) => start(a) != start(b) ? start(a).CompareTo(start(b)) : number(a).CompareTo(number(b)));
        var seen = 1;
        var kept = new List<T>();
        foreach (var item in found)
        {
            if (number(item) <= seen + 1 && number(item) <= MaxPatients)
            {
                seen = Math.Max(seen, number(item));
                if (kept.Count == 0 || start(kept[^1]) != start(item))
                {
                    kept.Add(item);
                }
            }
        }

        return seen >= 2 ? kept : [];
    }

    /// <summary>The introduction or discussion: a patient named there ("Patient 2 also responded …") holds its sentence, not the rest of the text.</summary>
    private static bool InCommentary(ExtractionContext context, int offset) =>
        context.SectionAt(offset)?.Kind is Parsing.SectionKind.Discussion or Parsing.SectionKind.Introduction;

    private static int? MarkerNumber(ReadOnlySpan<char> value)
    {
        var match = MarkerNumberRegex().Match(value.ToString());
        if (!match.Success)
        {
            return null;
        }

        var word = match.Value.ToLowerInvariant();
        return word switch
        {
            "i" => 1,
            "ii" => 2,
            "iii" => 3,
            "iv" => 4,
            "v" => 5,
            _ when NumberWords.TryParse(word, out var n) && n is >= 1 and <= MaxPatients => (int)n,
            _ => null,
        };
    }

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth"];

    private static readonly SearchValues<string> OrdinalWords = SearchValues.Create(Ordinals, StringComparison.Ordinal);

    /// <summary>Whether <see cref="OrdinalMarkerRegex"/> may match: an ordinal followed by white space and "patient" or "case".</summary>
    internal static bool MayHoldOrdinalMarker(string text)
    {
        var lowered = LowerCasedText.Of(text);
        if (lowered.IndexOfAny('\u017F', '\u0131') >= 0)
        {
            return true;
        }

        var from = 0;
        while (from < lowered.Length)
        {
            var at = lowered[from..].IndexOfAny(OrdinalWords);
            if (at < 0)
            {
                return false;
            }

            at += from;
            foreach (var ordinal in Ordinals)
            {
                if (!lowered[at..].StartsWith(ordinal, StringComparison.Ordinal))
                {
                    continue;
                }

                var next = at + ordinal.Length;
                var afterSpace = next;
                while (afterSpace < lowered.Length && char.IsWhiteSpace(lowered[afterSpace]))
                {
                    afterSpace++;
                }

                if (afterSpace > next && (lowered[afterSpace..].StartsWith("patient", StringComparison.Ordinal)
                    || lowered[afterSpace..].StartsWith("case", StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            from = at + 1;
        }

        return false;
    }

    // a heading or line that opens a patient: "Case 1", "## Case 2:", "**Patient 3**", "Case report 2"
    [GeneratedRegex(@"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*)?[ \t]*(?:case|patient)[ \t]*(?:report[ \t]*|presentation[ \t]*)?(?:#|no\.?)?[ \t]*(?:\d{1,2}|one|two|three|four|five|i{1,3}|iv|v)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex LineMarkerRegex();

    // a sentence that opens with a patient: "Patient 2 was a 64-year-old woman", "In case 2, …"
    [GeneratedRegex(@"\b(?:case|patient)\s*(?:#|no\.\s*)?[1-9](?:\b|(?=[A-Z][a-z]?\s))", RegexOptions.IgnoreCase)]
    private static partial Regex InlineMarkerRegex();

    // "the second patient", "a second case", "the third case"
    [GeneratedRegex(@"\b(?:the|a|our)\s+(?:first|second|third|fourth|fifth|sixth)\s+(?:patient|case)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalMarkerRegex();

    [GeneratedRegex(@"(?:\d{1,2}|one|two|three|four|five|iv|i{1,3}|v)$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkerNumberRegex();
}
