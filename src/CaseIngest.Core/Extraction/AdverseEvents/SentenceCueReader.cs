using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Reads what a sentence says as a whole (<see cref="SentenceCues"/>), once per sentence of a document. Words that only
/// look like a treatment's are read out first: a treatment noun an operation qualifies names the operation ("the
/// postoperative course", "after surgical treatment"), and "-induced" after a word that is no treatment ties nothing
/// ("stress-induced cardiomyopathy", <see cref="InducerCompounds"/>).
/// </summary>
internal sealed class SentenceCueReader(AttributionCues cues)
{
    private static readonly char[] ClauseStops = [',', ';', ':', '.', '(', ')'];

    private readonly InducerCompounds _inducers = new(cues);

    /// <summary>The temporal words that open the anchor phrases ("after", "following", "since"): those that date a sentence from a stop.</summary>
    private readonly CueSet _openers = new([.. cues.AnchorPhrases.Select(a => a[..a.IndexOf(' ', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal)]);

    public SentenceCues Read(string text, Sentence sentence, TreatmentIndex treatments, Dictionary<int, SentenceCues> read)
    {
        if (!read.TryGetValue(sentence.Start, out var whole))
        {
            var buffer = ScratchArrays.Rent<char>(sentence.Length);
            try
            {
                var span = buffer.AsSpan(0, sentence.Length);
                Unqualify(text, sentence, treatments, span);
                whole = new SentenceCues(cues.Treatment.ContainsWord(span), cues.Surgery.ContainsAny(span), Tie(span),
                    LinkedTreatment(span), cues.Link.ContainsWord(span), cues.Progression.ContainsWord(span));
            }
            finally
            {
                ScratchArrays.Return(buffer);
            }

            read[sentence.Start] = whole;
        }

        return whole;
    }

    /// <summary>
    /// Writes into <paramref name="words"/> (as long as the sentence) the sentence with the treatment nouns an
    /// operation qualifies and the "induced" of non-treatment inducers blanked.
    /// </summary>
    private void Unqualify(string text, Sentence sentence, TreatmentIndex treatments, Span<char> words)
    {
        text.AsSpan(sentence.Start, sentence.Length).CopyTo(words);
        foreach (var (start, end, treatment) in _inducers.In(text, sentence, treatments))
        {
            if (!treatment)
            {
                words.Slice(start - sentence.Start, end - start).Fill(' ');
            }
        }

        WithoutStops(words);
        // a word holds a treatment noun only where the sentence holds one
        if (!cues.Treatment.ContainsAny(words))
        {
            return;
        }

        var previous = (Start: -1, End: -1);
        var at = 0;
        while (at < words.Length)
        {
            if (!char.IsLetterOrDigit(words[at]))
            {
                at++;
                continue;
            }

            var from = at;
            while (at < words.Length && (char.IsLetterOrDigit(words[at]) || words[at] == '-'))
            {
                at++;
            }

            // "postoperative course", "surgical treatment", "an uneventful course": the noun is the operation's or the
            // illness's, so it names no drug
            var word = words[from..at];
            if (previous.Start >= 0 && cues.Treatment.ContainsWord(word) && Qualifies(words[previous.Start..previous.End]))
            {
                word.Fill(' ');
            }

            previous = (from, at);
        }
    }

    private bool Qualifies(ReadOnlySpan<char> word) => cues.Surgery.ContainsAny(word) || cues.Illness.ContainsWord(word);

    /// <summary>
    /// Blanks each clause that dates the sentence from a drug being stopped: a temporal word of the anchor phrases with a stop word at most
    /// four words later and no punctuation between ("after levodopa was withheld", "two days after the medication was
    /// stopped"), unless it opens a relative clause ("…, after which capecitabine was withheld" tells the stop the
    /// event caused).
    /// </summary>
    private void WithoutStops(Span<char> words)
    {
        var to = words.Length;
        while (to > 0)
        {
            var link = _openers.LastWordEnd(words[..to]);
            if (link < 0)
            {
                return;
            }

            ReadOnlySpan<char> clause = words[link..];
            var stop = clause.IndexOfAny(ClauseStops);
            clause = stop < 0 ? clause : clause[..stop];
            var trimmed = clause.TrimStart();
            var relative = trimmed.StartsWith("which", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("that ", StringComparison.OrdinalIgnoreCase);
            var end = cues.Stop.LastWordEnd(clause);
            if (!relative && end >= 0 && EventGrade.Words(clause[..end]) <= 4)
            {
                words.Slice(link, end).Fill(' ');
            }

            to = link - 1;
        }
    }

    /// <summary>Whether the sentence, before <paramref name="start"/>, has a cause or temporal word followed by a treatment noun ("After two cycles of chemotherapy she developed …").</summary>
    public bool LinkedTreatmentBefore(string text, Sentence sentence, int start) =>
        LinkedTreatment(text.AsSpan(sentence.Start, start - sentence.Start));

    /// <summary>Whether a cause or temporal word of the sentence is followed within a few words by a treatment noun ("after two cycles").</summary>
    private bool LinkedTreatment(ReadOnlySpan<char> sentence)
    {
        if (!cues.Treatment.ContainsAny(sentence))
        {
            return false;
        }

        var to = sentence.Length;
        while (to > 0)
        {
            var link = cues.Link.LastWordEnd(sentence[..to]);
            if (link < 0)
            {
                return false;
            }

            if (cues.Treatment.ContainsWord(sentence[link..Math.Min(sentence.Length, link + 40)]))
            {
                return true;
            }

            to = link - 1;
        }

        return false;
    }

    /// <summary>
    /// Whether a tie word of the sentence ties: not when it only dates the sentence from the end of a treatment ("two
    /// years after the discontinuation of chemotherapy, she presented with …").
    /// </summary>
    private bool Tie(ReadOnlySpan<char> sentence)
    {
        if (!cues.Tie.ContainsWord(sentence))
        {
            return false;
        }

        if (!cues.Anchor.ContainsAny(sentence))
        {
            return true;
        }

        var rest = sentence.ToArray();
        foreach (var anchor in cues.AnchorPhrases)
        {
            for (var at = rest.AsSpan().IndexOf(anchor, StringComparison.OrdinalIgnoreCase); at >= 0;
                at = rest.AsSpan().IndexOf(anchor, StringComparison.OrdinalIgnoreCase))
            {
                rest.AsSpan(at, anchor.Length).Fill(' ');
            }
        }

        return cues.Tie.ContainsWord(rest);
    }
}
