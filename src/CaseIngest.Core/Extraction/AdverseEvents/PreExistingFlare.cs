using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// An event told as the flare of a disease the patient already had ("an arthritis flare-up", "an exacerbation of
/// arthritis in the left knee", "her psoriasis flared") is that disease's course, not a new event of the treatment,
/// unless its sentence ties it to the treatment itself (a grade or a tie word: "immune-related arthritis with flares").
/// A flare told in another clause ("colitis; flares recurred during the taper") is not the event's.
/// </summary>
internal static class PreExistingFlare
{
    /// <summary>How many words may stand between a flare noun and the event it governs ("a flare of her known colitis").</summary>
    private const int GapWords = 3;

    private const int Reach = 48;

    private static readonly CueSet Before = new("flare of", "flares of", "flare-up of", "flare-ups of", "flare up of", "exacerbation of", "exacerbations of");

    private static readonly CueSet After = new("flare", "flares", "flared", "flare-up", "flare-ups", "flaring", "exacerbation", "exacerbations", "exacerbated");

    /// <summary>Whether a flare word governs the event: right before it behind "of", or one of the two words right after it.</summary>
    public static bool Around(string text, Sentence sentence, int start, int end)
    {
        var from = Math.Max(sentence.Start, start - Reach);
        var before = text.AsSpan(from, start - from);
        var cue = Before.LastWordEnd(before);
        if (cue >= 0 && before[cue..].IndexOfAny(',', ';', '(') < 0 && EventGrade.Words(before[cue..]) <= GapWords)
        {
            return true;
        }

        var to = Math.Min(sentence.End, end + Reach);
        var after = text.AsSpan(end, to - end);
        var stop = after.IndexOfAny(',', ';', '(');
        after = stop >= 0 ? after[..stop] : after;
        var first = FirstWords(after, 2);
        return After.ContainsWord(after[..first]);
    }

    /// <summary>Where the first <paramref name="count"/> words of <paramref name="span"/> end.</summary>
    private static int FirstWords(ReadOnlySpan<char> span, int count)
    {
        var (words, at) = (0, 0);
        for (var inWord = false; at < span.Length; at++)
        {
            var letter = char.IsLetterOrDigit(span[at]) || span[at] == '-';
            if (letter && !inWord && ++words > count)
            {
                break;
            }

            inWord = letter;
        }

        return at;
    }
}
