namespace CaseIngest.TextAnalytics.Tests.Double;

/// <summary>A relation the double reports when both phrases occur in one document: type and the two members with their roles.</summary>
internal sealed record Relation(string Type, string FirstRole, string First, string SecondRole, string Second);
