using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// Whether a test finds what explains an event right after it is told: after the event in its sentence, or in the
/// next sentence. With the tumour's nouns, the event is the tumour's presenting complaint ("she had seizures, and MRI
/// revealed a frontal metastasis"; "he reported abdominal pain. CT showed liver metastases"); with an infection's,
/// a sign of the infection ("fever and chills. Blood cultures grew Escherichia coli"); so is an event the test found
/// with them ("CT revealed a new liver mass and moderate ascites"). So is an event the authors go on to explain by
/// the tumour or infection within two sentences ("hypotension. Blood tests showed anaemia. CT revealed haemorrhagic
/// ascites, suggesting rupture of a liver metastasis"). Either way it is no adverse event unless the text ties it to a
/// treatment itself. A negated finding ("revealed no new metastases") is none, nor is a scan that restages the tumour
/// ("Follow-up CT showed shrinkage of the liver mass").
/// </summary>
internal sealed class ExplainingFinding(CueSet findings, CueSet nouns)
{
    private const int NounWords = 8;

    private const int OpeningWords = 8;

    /// <summary>How many sentences after the event an explanation by the authors may come.</summary>
    private const int ExplanationReach = 2;

    private static readonly CueSet Explanations = new("suggesting", "suggestive of", "indicating", "indicative of", "consistent with", "compatible with");

    private static readonly CueSet TimeShifts = new("later", "after", "following", "subsequently", "thereafter", "then");

    private static readonly CueSet Negations = new("no", "not", "without", "neither", "nor", "free of", "absence of");

    /// <summary>Words of a scan that restages the tumour: a follow-up, or a response of the tumour it finds.</summary>
    private static readonly CueSet Restaging = new(
        "follow-up", "follow up", "restaging", "re-staging", "shrinkage", "shrank", "shrunk", "reduction", "reduced", "decrease",
        "decreased", "regression", "regressed", "response", "smaller", "resolution", "resolved", "disappeared", "stable");

    public bool After(ExtractionContext context, Sentence sentence, int end)
    {
        var text = context.Text;
        if (end < sentence.End && (In(findings, text.AsSpan(end, sentence.End - end)) || In(Explanations, text.AsSpan(end, sentence.End - end))))
        {
            return true;
        }

        var index = context.SentenceIndexAt(sentence.Start);
        if (index < 0 || index + 1 >= context.Sentences.Count)
        {
            return false;
        }

        // in the next sentence the test is what it opens with ("A CT scan of the abdomen revealed …"), not a finding
        // told after an event of its own
        var next = text.AsSpan(context.Sentences[index + 1].Start, context.Sentences[index + 1].Length);
        // a scan that restages the tumour ("Follow-up CT after six cycles showed shrinkage of the liver mass") tells
        // the response, not what the event was a sign of
        var opening = findings.LastWordEnd(next[..WordsEnd(next, OpeningWords)]);
        if (opening >= 0 && next[..(opening + WordsEnd(next[opening..], NounWords))] is var found && In(findings, found)
            && !Restaging.ContainsWord(found))
        {
            return true;
        }

        // the authors' explanation of what came before ("…, suggesting a ruptured liver metastasis"), up to a sentence
        // that moves the story on in time ("Two years after discontinuing chemotherapy, …"): what it explains is its own
        for (var k = index + 1; k <= index + ExplanationReach && k < context.Sentences.Count; k++)
        {
            var later = text.AsSpan(context.Sentences[k].Start, context.Sentences[k].Length);
            if (TimeShifts.ContainsWord(later[..WordsEnd(later, OpeningWords)]))
            {
                break;
            }

            if (In(Explanations, later))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the event is itself part of what a test found with the tumour or infection, in the same clause before
    /// it: "CT revealed a new liver mass and moderate ascites"; not when a breaker starts a new event between them
    /// ("CT showed a smaller mass; she then developed diarrhea").
    /// </summary>
    public bool With(string text, Sentence sentence, int start, CueSet breakers)
    {
        var before = text.AsSpan(sentence.Start, start - sentence.Start);
        for (var to = before.Length; to > 0;)
        {
            var at = findings.LastWordEnd(before[..to]);
            if (at < 0 || breakers.ContainsWord(before[at..]))
            {
                return false;
            }

            var rest = before[at..];
            var noun = nouns.LastWordEnd(rest[..WordsEnd(rest, NounWords)]);
            if (noun >= 0 && !Negations.ContainsWord(rest[..noun]))
            {
                return true;
            }

            to = at - 1;
        }

        return false;
    }

    /// <summary>Where the first <paramref name="count"/> words of <paramref name="span"/> end.</summary>
    private static int WordsEnd(ReadOnlySpan<char> span, int count)
    {
        var (words, at) = (0, 0);
        for (var inWord = false; at < span.Length; at++)
        {
            var letter = char.IsLetterOrDigit(span[at]);
            if (letter && !inWord && ++words > count)
            {
                break;
            }

            inWord = letter;
        }

        return at;
    }

    /// <summary>Whether a word of <paramref name="cues"/> in <paramref name="span"/> has one of the nouns within a few words after it, not negated.</summary>
    private bool In(CueSet cues, ReadOnlySpan<char> span)
    {
        for (var to = span.Length; to > 0;)
        {
            var at = cues.LastWordEnd(span[..to]);
            if (at < 0)
            {
                return false;
            }

            var rest = span[at..];
            var noun = rest[..WordsEnd(rest, NounWords)];
            var clause = noun.IndexOf(';');
            noun = clause >= 0 ? noun[..clause] : noun;
            var tumour = nouns.LastWordEnd(noun);
            if (tumour >= 0 && !Negations.ContainsWord(noun[..tumour]))
            {
                return true;
            }

            to = at - 1;
        }

        return false;
    }
}
