using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// A disease weighed against another is a candidate, not the patient's diagnosis: "distinguishing it from primary
/// breast cancer", "to differentiate lymphoma from carcinoma", "hard to tell apart from a sarcoma", "differentiating
/// between tuberculosis and lung cancer". The mention must follow the verb in its sentence, with "from" or "between"
/// after the verb, and no clause that states a finding in between ("…, but the biopsy confirmed …").
/// </summary>
internal static class DifferentialWording
{
    /// <summary>How far before the mention the verb is looked for.</summary>
    private const int Reach = 160;

    private static readonly CueSet Verbs = new(
    [
        "distinguish", "distinguishing", "distinguished from", "differentiate", "differentiating", "differentiated from",
        "discriminate", "discriminating", "tell apart", "telling apart",
    ]);

    private static readonly CueSet Objects = new(" from ", " between ");

    private static readonly CueSet Breakers = new(
    [
        ";", " but ", " however", " confirmed", " revealed", " showed", " demonstrated", " proved", " was diagnosed",
        " final diagnosis", " established",
    ]);

    /// <summary>Whether the mention at <paramref name="start"/> is one of the diseases a sentence weighs against each other.</summary>
    public static bool Weighed(string text, Sentence sentence, int start)
    {
        var from = Math.Max(sentence.Start, start - Reach);
        if (start <= from)
        {
            return false;
        }

        var before = text.AsSpan(from, start - from);
        var verbEnd = Verbs.LastWordEnd(before);
        if (verbEnd < 0 || Breakers.ContainsAny(before[verbEnd..]))
        {
            return false;
        }

        // "from"/"between" may stand before the mention ("from primary breast cancer") or after it ("lymphoma from carcinoma")
        var after = text.AsSpan(from + verbEnd, Math.Min(sentence.End, start + Reach) - (from + verbEnd));
        return Objects.ContainsAny(after);
    }
}
