using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;

namespace CaseIngest.TextAnalytics.Reading;

/// <summary>
/// Cuts the parts of a document that may state facts of the case into chunks within the per-document limit: whole
/// runs of sections when they fit, else section by section, a section too long on sentence boundaries, and a sentence
/// too long at a space (never inside a surrogate pair). Reference lists, captions, metadata, page chrome and back
/// matter are never sent. Chunks keep their place in the plain text, so offsets map back exactly.
/// </summary>
public static class TextChunker
{
    public static IReadOnlyList<TextChunk> Split(string text, IReadOnlyList<Section> sections, IReadOnlyList<Sentence> sentences, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);

        var pieces = new List<TextChunk>();
        foreach (var (start, end) in SentSpans(text, sections))
        {
            if (end - start <= maxLength)
            {
                pieces.Add(new TextChunk(start, end));
                continue;
            }

            foreach (var sentence in SentencesOf(sentences, start, end))
            {
                Cut(text, sentence, maxLength, pieces);
            }
        }

        return Pack(text, pieces, maxLength);
    }

    /// <summary>Packs chunks into jobs of at most the per-request document count and characters.</summary>
    public static IReadOnlyList<IReadOnlyList<TextChunk>> Batch(IReadOnlyList<TextChunk> chunks, HealthcareLimits limits)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentNullException.ThrowIfNull(limits);
        var batches = new List<IReadOnlyList<TextChunk>>();
        var current = new List<TextChunk>();
        var characters = 0;
        foreach (var chunk in chunks)
        {
            if (current.Count > 0 && (current.Count == limits.MaxDocumentsPerRequest || characters + chunk.Length > limits.MaxCharactersPerRequest))
            {
                batches.Add(current);
                current = [];
                characters = 0;
            }

            current.Add(chunk);
            characters += chunk.Length;
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }

    /// <summary>Whether a section of this kind may state facts of the case and so is worth sending.</summary>
    public static bool IsSent(SectionKind kind) =>
        kind is not (SectionKind.References or SectionKind.Chrome or SectionKind.Metadata or SectionKind.Caption or SectionKind.BackMatter);

    /// <summary>Runs of adjacent sections that are sent (the whole text when the parser found no sections).</summary>
    private static IEnumerable<(int Start, int End)> SentSpans(string text, IReadOnlyList<Section> sections)
    {
        if (sections.Count == 0)
        {
            yield return (0, text.Length);
            yield break;
        }

        foreach (var section in sections)
        {
            if (IsSent(section.Kind) && section.End > section.Start)
            {
                yield return (section.Start, Math.Min(section.End, text.Length));
            }
        }
    }

    /// <summary>The sentences of [start, end), with the gaps between them, covering it entirely.</summary>
    private static IEnumerable<TextChunk> SentencesOf(IReadOnlyList<Sentence> sentences, int start, int end)
    {
        var at = start;
        foreach (var sentence in sentences)
        {
            if (sentence.End <= at || sentence.Start >= end)
            {
                continue;
            }

            var to = Math.Min(sentence.End, end);
            yield return new TextChunk(at, to);
            at = to;
        }

        if (at < end)
        {
            yield return new TextChunk(at, end);
        }
    }

    /// <summary>Adds <paramref name="piece"/> whole, or cut at spaces into parts of at most <paramref name="maxLength"/>.</summary>
    private static void Cut(string text, TextChunk piece, int maxLength, List<TextChunk> pieces)
    {
        var start = piece.Start;
        while (piece.End - start > maxLength)
        {
            var end = start + maxLength;
            var space = text.LastIndexOf(' ', end - 1, end - start - 1);
            if (space > start + maxLength / 2)
            {
                end = space + 1;
            }
            else if (char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }

            pieces.Add(new TextChunk(start, end));
            start = end;
        }

        pieces.Add(new TextChunk(start, piece.End));
    }

    /// <summary>Joins neighbouring pieces (adjacent in the text) while the joined chunk stays within the limit.</summary>
    private static List<TextChunk> Pack(string text, List<TextChunk> pieces, int maxLength)
    {
        var chunks = new List<TextChunk>();
        foreach (var piece in pieces)
        {
            if (piece.Length == 0 || text.AsSpan(piece.Start, piece.Length).IsWhiteSpace())
            {
                continue;
            }

            if (chunks.Count > 0 && chunks[^1].End == piece.Start && piece.End - chunks[^1].Start <= maxLength)
            {
                chunks[^1] = new TextChunk(chunks[^1].Start, piece.End);
            }
            else
            {
                chunks.Add(piece);
            }
        }

        return chunks;
    }
}
