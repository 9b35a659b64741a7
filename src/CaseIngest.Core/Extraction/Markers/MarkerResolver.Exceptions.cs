using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A list named as the exception to a verdict told of all other markers ("negative for all markers tested, with the
/// exception of vimentin", "all immunostains were negative except vimentin", "Apart from vimentin, all markers were
/// negative"): the list takes the other result, in a sentence that speaks of stains.
/// </summary>
internal sealed partial class MarkerResolver
{
    /// <summary>The words that name an exception: "with the exception of", "except for", "apart from", "other than", "save for".</summary>
    private const string ExceptionPhrase = @"with\s+the\s+(?:sole\s+|only\s+|single\s+|notable\s+)?exception\s+of|except(?:\s+for)?|apart\s+from|aside\s+from|other\s+than|save\s+for";

    /// <summary>The most characters read before or after a list for the verdict it is the exception to.</summary>
    private const int MaxExceptionReach = 200;

    private static readonly HashSet<string> ExceptionEndWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "except", "for", "of", "from", "than", "excluding", "the",
    };

    /// <summary>
    /// The verdict that the list from <paramref name="start"/> to <paramref name="end"/> is the exception to, with where
    /// it starts and ends: a verdict before the exception phrase ("were negative except "), or told of all the markers
    /// after a list that opens the sentence ("Apart from vimentin, all markers were negative"); null when none.
    /// </summary>
    private (MarkerResult Result, int Start, int End)? ExceptionVerdict(int start, int end, Sentence sentence)
    {
        // the cheap cue: the word right before the list may end an exception phrase
        var p = start;
        while (p > sentence.Start && MarkerValues.IsSpace(_text[p - 1]))
        {
            p--;
        }

        var wordStart = p;
        while (wordStart > sentence.Start && char.IsLetter(_text[wordStart - 1]))
        {
            wordStart--;
        }

        if (wordStart == p || !ExceptionEndWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_text.AsSpan(wordStart, p - wordStart)))
        {
            return null;
        }

        // only in a sentence of staining: "all laboratory tests were negative except for …" names no stains
        if (!StainingSentence().IsMatch(_text.AsSpan(sentence.Start, sentence.End - sentence.Start)))
        {
            return null;
        }

        var from = Math.Max(sentence.Start, start - MaxExceptionReach);
        var before = VerdictBeforeException().Match(_text, from, start - from);
        if (before.Success)
        {
            var word = before.Groups["r"];
            return Verdict(word.Value) is { } result ? (result, word.Index, end) : null;
        }

        if (!ExceptionOpensSentence().IsMatch(_text.AsSpan(sentence.Start, start - sentence.Start)))
        {
            return null;
        }

        var to = Math.Min(sentence.End, end + MaxExceptionReach);
        var after = VerdictAfterException().Match(_text, end, to - end);
        if (!after.Success || !AllMarkersWord().IsMatch(_text.AsSpan(end, to - end)))
        {
            return null;
        }

        var told = after.Groups["r"];
        return Verdict(told.Value) is { } afterResult ? (afterResult, start, told.Index + told.Length) : null;
    }

    private static MarkerResult? Verdict(string word) =>
        word.StartsWith("neg", StringComparison.OrdinalIgnoreCase) ? MarkerResult.Negative
        : word.StartsWith("pos", StringComparison.OrdinalIgnoreCase) ? MarkerResult.Positive
        : null;

    /// <summary>
    /// A verdict, then an exception phrase ending the span: "negative for all markers tested, with the exception of ",
    /// "were negative except ", "negative for all antibodies applied apart from ", "positive for all keratins other than ".
    /// </summary>
    [GeneratedRegex(@"^[^;]*\b(?<r>negative|positive)\b[^;.]*?(?:,\s*)?\b(?:" + ExceptionPhrase + @"|excluding)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerdictBeforeException();

    /// <summary>An exception phrase opening the sentence before the list: "Apart from ", "With the exception of ", "Except for the ".</summary>
    [GeneratedRegex(@"^\s*(?:" + ExceptionPhrase + @")\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExceptionOpensSentence();

    /// <summary>The first verdict after the list: ", all other markers were negative", ", the tumour was negative for all stains".</summary>
    [GeneratedRegex(@"^[^;]*?\b(?<r>negative|positive)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerdictAfterException();

    /// <summary>A word of staining: "immunostains", "stained", "markers", "antibodies", "IHC", "cytokeratins".</summary>
    [GeneratedRegex(@"immuno|stain|\bmarkers?\b|antibod|\bIHC\b|keratin", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StainingSentence();

    /// <summary>A word that makes a verdict after the exception hold for all other markers: "all", "every", "any", "other", "remaining".</summary>
    [GeneratedRegex(@"\b(?:all|every|any|other|others|remaining)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllMarkersWord();
}
