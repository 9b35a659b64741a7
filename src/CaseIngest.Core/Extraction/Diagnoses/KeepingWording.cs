using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Two more wordings that diagnose a condition named right after them: a reading "in keeping with" it ("the appearances
/// were in keeping with acute cholecystitis"), as "consistent with" is, and the signs and symptoms of it the case had
/// ("he developed signs and symptoms of congestive heart failure", "presented with symptoms and signs of pneumonia"), as
/// "signs of" is. A reading denied or weighed ("not in keeping with", "may be in keeping with") and signs watched for,
/// taught or denied ("monitored for signs and symptoms of", "no signs or symptoms of") diagnose nothing.
/// </summary>
internal static partial class KeepingWording
{
    private const int Reach = 80;

    private static readonly CueSet Cues = new("in keeping with", "signs and symptoms of", "symptoms and signs of");

    /// <summary>Whether one of the wordings stands right before the condition at <paramref name="start"/>.</summary>
    public static bool Diagnoses(string text, Sentence sentence, int start)
    {
        var from = Math.Max(sentence.Start, start - Reach);
        if (start <= from || !Cues.ContainsAny(text.AsSpan(from, start - from)))
        {
            return false;
        }

        return KeepingRegex().Match(text, from, start - from) is { Success: true } keeping
            ? !HedgeRegex().IsMatch(text.AsSpan(Math.Max(sentence.Start, keeping.Index - 24), keeping.Index - Math.Max(sentence.Start, keeping.Index - 24)))
            : SignsRegex().IsMatch(text.AsSpan(from, start - from));
    }

    // "in keeping with ", "in keeping with a diagnosis of ", "in keeping with early acute ": the reading and at most three qualifiers
    [GeneratedRegex(@"\bin\s+keeping\s+with\s+(?:(?:the|a|an)\s+)?(?:diagnosis\s+of\s+(?:(?:the|a|an)\s+)?)?(?:(?!(?:secondary|due|owing)\s+to\b)[A-Za-z][A-Za-z'-]*,?\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex KeepingRegex();

    // "not ", "may be ", "was felt not to be ", "possibly ": a reading denied or only weighed
    [GeneratedRegex(@"\b(?:not|no|nor|may|might|could|possibly|perhaps|less)\s+(?:(?:be|have\s+been|been|entirely|fully|quite)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeRegex();

    // "developed signs and symptoms of ", "presented with typical symptoms and signs of acute ", "had clinical signs and
    // symptoms of congestive ": the case's own signs, then at most two qualifiers
    [GeneratedRegex(@"\b(?:develop(?:ed|s|ing)|present(?:ed|ing|s)\s+with|had|has|showed|exhibited|displayed|manifested)\s+(?:(?:typical|classic|classical|clinical|overt|new|progressive|worsening)\s+)?(?:signs\s+and\s+symptoms|symptoms\s+and\s+signs)\s+of\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex SignsRegex();
}
