namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// The drug mentions one sentence holds, a drug statement: mentions <see cref="First"/> to <see cref="Last"/> (in text
/// order) stand in sentence <see cref="Sentence"/>; <see cref="NextSentence"/> is the sentence of the next statement, or
/// the sentence count after the last one. Passes that give a later sentence's words to the drugs before it walk these.
/// </summary>
internal readonly record struct DrugStatement(int First, int Last, int Sentence, int NextSentence)
{
    /// <summary>The statements of the mentions in text order; reads only the mentions' starts, so the caller may replace
    /// a mention's attributes while it walks them.</summary>
    public static IEnumerable<DrugStatement> All(ExtractionContext context, List<DrugMention> mentions)
    {
        var first = 0;
        while (first < mentions.Count)
        {
            var sentence = context.SentenceIndexAt(mentions[first].Start);
            var last = first;
            while (last + 1 < mentions.Count && context.SentenceIndexAt(mentions[last + 1].Start) == sentence)
            {
                last++;
            }

            var next = last + 1 < mentions.Count ? context.SentenceIndexAt(mentions[last + 1].Start) : context.Sentences.Count;
            yield return new DrugStatement(first, last, sentence, next);
            first = last + 1;
        }
    }
}
