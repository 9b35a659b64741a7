using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// The treatments an outcome is credited to: those named in its sentence or the one before that the patient
/// received, and of them those of the outcome's own line of therapy when a later line starts there (<see cref="TherapyLine"/>).
/// A drug or radiotherapy mentioned there as declined, deferred, denied or only simulated is no cause.
/// </summary>
internal static partial class OutcomeTherapy
{
    /// <summary>The drugs (generic names) and radiotherapy tied to the outcome at <paramref name="start"/>, in text order.</summary>
    public static string[] Near(ExtractionContext context, int start)
    {
        var text = context.Text;
        var index = context.SentenceIndexAt(start);
        if (index < 0)
        {
            return [];
        }

        var from = context.Sentences[Math.Max(0, index - 1)].Start;
        var to = context.Sentences[index].End;

        // the treatments of the outcome's own line of therapy when the window names them, else those of the whole window
        var (lineFrom, lineTo) = TherapyLine.Of(text, from, to, start);
        var named = lineFrom == from && lineTo == to ? null : Named(context, lineFrom, lineTo, to);
        if (named is not { Count: > 0 })
        {
            named = Named(context, from, to, to);
        }

        named.Sort((a, b) => a.Position.CompareTo(b.Position));
        return [.. named.Select(n => n.Name)];
    }

    /// <summary>The received drugs and radiotherapy named in [<paramref name="from"/>, <paramref name="to"/>), each with its position there.</summary>
    private static List<(int Position, string Name)> Named(ExtractionContext context, int from, int to, int windowEnd)
    {
        var window = context.Text.AsSpan(from, to - from);
        var named = new List<(int Position, string Name)>();
        foreach (var drug in context.Drugs)
        {
            // only treatments the patient received: a planned or declined drug is no cause of an outcome
            if (drug.Status != TreatmentStatus.Given || named.Exists(n => n.Name == drug.Name))
            {
                continue;
            }

            var word = drug.Name;
            var position = WordIndex(window, word);
            if (position < 0 && !string.Equals(drug.Mention, drug.Name, StringComparison.OrdinalIgnoreCase))
            {
                word = drug.Mention;
                position = WordIndex(window, word);
            }

            if (position >= 0 && Received(context, from + position, from + position + word.Length))
            {
                named.Add((position, drug.Name));
            }
        }

        if (context.Radiotherapy.Exists(r => r.Status == TreatmentStatus.Given && r.Evidence.Start < windowEnd))
        {
            foreach (var radiotherapy in RadiotherapyRegex().EnumerateMatches(window))
            {
                if (Received(context, from + radiotherapy.Index, from + radiotherapy.Index + radiotherapy.Length))
                {
                    named.Add((radiotherapy.Index, "radiotherapy"));
                    break;
                }
            }
        }

        return named;
    }

    /// <summary>Whether the mention [start, end) may speak of the treatment as received (not declined, denied or only simulated).</summary>
    private static bool Received(ExtractionContext context, int start, int end) =>
        context.AssertionOf(start, end) is not (Assertion.NotGiven or Assertion.Negated)
        && !PreparationRegex().IsMatch(context.Text.AsSpan(end, Math.Min(24, context.Text.Length - end)));

    private static int WordIndex(ReadOnlySpan<char> window, string word)
    {
        if (word.Length == 0)
        {
            return -1;
        }

        var offset = 0;
        while (offset < window.Length)
        {
            var index = OrdinalIgnoreCase.IndexOf(window[offset..], word);
            if (index < 0)
            {
                return -1;
            }

            var s = offset + index;
            var e = s + word.Length;
            if ((s == 0 || !char.IsLetterOrDigit(window[s - 1])) && (e == window.Length || !char.IsLetterOrDigit(window[e])))
            {
                return s;
            }

            offset = s + 1;
        }

        return -1;
    }

    [GeneratedRegex(@"\b(?:radiotherapy|radiation|irradiation|chemoradiotherapy|chemoradiation|SBRT|SABR|SRS|stereotactic|IMRT|brachytherapy|Gy|RT|XRT)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RadiotherapyRegex();

    // "RT simulation", "radiotherapy planning", "radiation oncology consultation": a step before any dose
    [GeneratedRegex(@"^\s*(?:simulation|planning|consult\w*|oncology)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PreparationRegex();
}
