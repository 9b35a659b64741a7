namespace CaseIngest.Core.Model;

/// <summary>What a document that cannot be read becomes: { "document": { "name" }, "error": { code, message } }.</summary>
public sealed record RejectedDocument(RejectedDocumentInfo Document, ExtractionError Error);
