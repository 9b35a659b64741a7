namespace CaseIngest.Core.Model;

public sealed record RejectedDocumentInfo(string Name);
