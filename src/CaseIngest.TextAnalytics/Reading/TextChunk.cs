namespace CaseIngest.TextAnalytics.Reading;

/// <summary>A stretch [Start, End) of the document's plain text sent as one document of a job.</summary>
public readonly record struct TextChunk(int Start, int End)
{
    public int Length => End - Start;
}
