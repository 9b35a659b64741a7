using System.Collections.Frozen;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Diagnoses a report writes as an initialism it defines itself ("cellular angiofibroma (CAF)", later "excision confirmed
/// CAF"): the name its long form gives. The report's own definition also overrules the lexicon's reading of the same
/// capitals ("renal angiomyolipoma (AML)" makes a later "AML" no acute myeloid leukemia).
/// </summary>
public sealed partial class DiagnosisStep
{
    // heads too broad to name a diagnosis when the words before them in the long form are left out
    private static readonly FrozenSet<string> BareHeads = FrozenSet.Create(StringComparer.Ordinal,
        ["cancer", "tumor", "tumour", "neoplasm", "malignancy", "disease", "syndrome", "disorder", "lesion", "cyst", "mass"]);

    /// <summary>
    /// Whether the capitals at [<paramref name="start"/>, <paramref name="end"/>) are an initialism the report defines, and
    /// none of its long forms names <paramref name="name"/>.
    /// </summary>
    private bool DefinedOtherwise(ExtractionContext context, int start, int end, string name)
    {
        var written = context.Text.AsSpan(start, end - start);
        if (written.Contains(' ') || !MoreThanOneCapital(written))
        {
            return false;
        }

        var shortForm = written.ToString();
        return !string.Equals(shortForm, name, StringComparison.OrdinalIgnoreCase)
            && context.Abbreviations.DefinesOtherwise(shortForm, longForm => Spelled(longForm).Contains(Spelled(name), StringComparison.OrdinalIgnoreCase)
                || SharesWord(longForm, name) || LongFormName(longForm) == name);
    }

    // "non-small cell lung carcinoma" and "non-small cell lung cancer" share "lung": one disease under two wordings; the
    // words every cancer or syndrome name may hold do not count
    private static bool SharesWord(string longForm, string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in longForm.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 4 && !SharedHeads.Contains(word.ToLowerInvariant()) && Array.Exists(words, w => w.Equals(word, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> SharedHeads = FrozenSet.Create(StringComparer.Ordinal,
        ["cell", "cells", "cancer", "carcinoma", "tumor", "tumour", "neoplasm", "sarcoma", "lymphoma", "leukemia", "leukaemia",
            "disease", "syndrome", "disorder", "lesion", "cyst"]);

    // each initialism the report defines, where the wording diagnoses it: the name of its long form, the whole long form
    // or its longest ending a vocabulary names ("cellular angiofibroma" → angiofibroma)
    private void AddDefinedInitialisms(ExtractionContext context, List<(string Patient, string Name, int Start, int End, IReadOnlyList<string> Broader)> found, List<(int Start, int End)> covered)
    {
        var text = context.Text;
        foreach (var shortForm in context.Abbreviations.ShortForms)
        {
            // the long form's name is looked up once, and only for an initialism the wording diagnoses somewhere
            var name = (string?)null;
            var named = false;
            for (var at = text.IndexOf(shortForm, StringComparison.Ordinal); at >= 0; at = text.IndexOf(shortForm, at + shortForm.Length, StringComparison.Ordinal))
            {
                var end = at + shortForm.Length;
                // the definition itself is read with its long form
                if (!WholeWord(text, at, end) || (at > 0 && text[at - 1] == '('))
                {
                    continue;
                }

                var sentence = context.SentenceAt(at);
                if (!DiagnosingWording.Diagnoses(text, sentence, at, end, disease: true))
                {
                    continue;
                }

                if (!named)
                {
                    (name, named) = (NameOfLongForms(shortForm, context), true);
                }

                if (name is null)
                {
                    break;
                }

                if (Accept(context, at, end) && !MentionFilters.Comorbidity(text, sentence, at, end) && !OverlapsOtherThan(covered, at, end))
                {
                    found.Add((context.PatientAt(at), name, at, end, []));
                }
            }
        }
    }

    /// <summary>
    /// The name the first of <paramref name="shortForm"/>'s long forms to name a diagnosis gives it; null when none does, or
    /// when the lexicon reads the capitals under the same name already.
    /// </summary>
    private string? NameOfLongForms(string shortForm, ExtractionContext context)
    {
        foreach (var longForm in context.Abbreviations.LongFormsOf(shortForm))
        {
            if (LongFormName(longForm) is { } named)
            {
                return _matcher.TryGet(shortForm, out var entry) && entry.Name == named ? null : named;
            }
        }

        return null;
    }

    /// <summary>
    /// The diagnosis a long form names: the whole phrase, else its longest ending that is more than a bare head noun. A
    /// last word alone names it only where that word is a neoplasm the words before it qualify ("cellular angiofibroma"),
    /// not a sign they qualify ("immune thrombocytopenic purpura" is no purpura).
    /// </summary>
    private string? LongFormName(string longForm)
    {
        var words = longForm.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var ending = string.Join(' ', words[i..]);
            var lastWordAlone = i > 0 && i == words.Length - 1;
            if (lastWordAlone && (BareHeads.Contains(ending) || Histologies.Contains(ending)))
            {
                return null;
            }

            var name = NameOf(ending) ?? (DiagnosedConditions.Default.TryGet(ending, out var condition) ? condition.Name : null);
            if (name is not null)
            {
                return !lastWordAlone || IsNeoplasm(name) ? name : null;
            }
        }

        return null;
    }

    // a lexicon match over the initialism is another reading of it only where it covers exactly those capitals
    private static bool OverlapsOtherThan(List<(int Start, int End)> covered, int start, int end) =>
        Overlaps(covered, start, end) && !covered.Contains((start, end));

    private static bool WholeWord(string text, int start, int end) =>
        (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '-'))
        && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '-'));

    private static bool MoreThanOneCapital(ReadOnlySpan<char> written)
    {
        var capitals = 0;
        foreach (var c in written)
        {
            if (char.IsUpper(c) && ++capitals > 1)
            {
                return true;
            }
        }

        return false;
    }
}
