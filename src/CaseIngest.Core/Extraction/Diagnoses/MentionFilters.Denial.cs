using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>Whether the words after a mention deny it.</summary>
internal static partial class MentionFilters
{
    /// <summary>
    /// Whether the words right after the mention deny it ("acute interstitial nephritis was largely excluded", "uveal melanoma was not confirmed"), also
    /// across the rest of a list the mention begins ("rash, diarrhea and hepatitis were not observed") and past an aside
    /// that describes it ("anaemia, a common effect of olaparib, was not observed").
    /// </summary>
    public static bool DeniedAfter(string text, Sentence sentence, int end)
    {
        var to = Math.Min(sentence.End, end + ListReach);
        if (to <= end)
        {
            return false;
        }

        var after = text.AsSpan(end, to - end);
        var from = AsideEnd(after);
        for (var item = 0; item < MaxListItems; item++)
        {
            var rest = after[from..];
            var stop = rest.IndexOfAny(",;(");
            var segment = stop >= 0 ? rest[..stop] : rest;
            // the mention's own segment is read 40 characters far; a later item of the list must be short
            if (item == 0 ? Denials.ContainsAny(segment[..Math.Min(segment.Length, 40)]) : Denials.ContainsAny(segment) && WordsBefore(segment) <= MaxItemWords)
            {
                return !Delayed(segment);
            }

            if (stop < 0 || rest[stop] != ',' || (item > 0 && WordsBefore(segment) > MaxItemWords))
            {
                return false;
            }

            from += stop + 1;
        }

        return false;
    }

    /// <summary>
    /// Where an aside right after the mention ends (", a known complication of docetaxel,", ", which is frequent with
    /// olaparib,"): the aside opens on an article or a relative word and closes on a comma within a few words; 0 when none.
    /// </summary>
    private static int AsideEnd(ReadOnlySpan<char> after)
    {
        if (after.IsEmpty || after[0] != ',')
        {
            return 0;
        }

        var aside = after[1..].TrimStart();
        var opener = aside.IndexOf(' ');
        if (opener <= 0 || !AsideOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(aside[..opener]))
        {
            return 0;
        }

        var close = aside.IndexOfAny(",;(");
        return close > 0 && aside[close] == ',' && WordsBefore(aside[..close]) <= MaxAsideWords && !Denials.ContainsAny(aside[..close])
            ? after.Length - aside.Length + close + 1
            : 0;
    }

    private static readonly HashSet<string> AsideOpeners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "which", "one", "the" };

    private const int MaxAsideWords = 10;

    /// <summary>
    /// Whether the denial only puts the onset later ("pneumonitis did not develop until the tenth dose", "was not
    /// detected until the second scan"): the words right after the denial begin with "until".
    /// </summary>
    private static bool Delayed(ReadOnlySpan<char> segment)
    {
        var denial = Denials.IndexOfAny(segment);
        var rest = segment[denial..];
        var until = rest.IndexOf(" until ", StringComparison.OrdinalIgnoreCase);
        return until >= 0 && rest[..until].Count(' ') <= 3;
    }

    private const int ListReach = 200;
    private const int MaxListItems = 8;
    private const int MaxItemWords = 5;

    /// <summary>The words of a list item before a denial in it ("and proteinuria were not observed during therapy": 2), or of the whole item.</summary>
    private static int WordsBefore(ReadOnlySpan<char> segment)
    {
        var denial = Denials.IndexOfAny(segment);
        var words = 0;
        var inWord = false;
        foreach (var c in denial >= 0 ? segment[..denial] : segment)
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    private static readonly CueSet Denials = new(
        " excluded", " ruled out", " unlikely", " was negative", " were negative", " was absent", " were absent",
        " not observed", " were not observed", " was not observed", " did not occur", " were not seen", " was not seen", " were not noted", " was not noted",
        " was not confirmed", " were not confirmed", " could not be confirmed", " was never confirmed", " was not supported", " were not supported",
        " was not reported", " were not reported", " not encountered", " was not present", " were not present",
        " did not develop", " never developed", " never occurred", " was not detected", " were not detected",
        " did not appear", " never appeared", " has not appeared", " had not appeared", " did not arise");
}
