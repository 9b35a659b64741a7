namespace CaseIngest.Core.Model;

/// <summary>Why a document could not be read. Code is one of <see cref="ErrorCodes"/>.</summary>
public sealed record ExtractionError(string Code, string Message);
