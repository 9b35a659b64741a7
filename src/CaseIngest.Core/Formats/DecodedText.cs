using CaseIngest.Core.Model;

namespace CaseIngest.Core.Formats;

public readonly record struct DecodedText(string? Text, ExtractionError? Error);
