using CaseIngest.Core.Model;

namespace CaseIngest.Core.Parsing;

/// <summary>A parse either yields a document or an error with a stable code; expected failures are values, not exceptions.</summary>
public readonly record struct ParseResult(ParsedDocument? Document, ExtractionError? Error)
{
    public static ParseResult Success(ParsedDocument document) => new(document, null);

    public static ParseResult Failed(string code, string message) => new(null, new ExtractionError(code, message));

    public bool Succeeded => Document is not null;
}
