using System.Text.Json.Nodes;

namespace CaseIngest.TextAnalytics.Tests.Double;

/// <summary>
/// What the service double recognises: a phrase, its category, and optionally its preferred name, links (data source,
/// id) and assertion, as the documented entity object carries them.
/// </summary>
internal sealed record Term(string Text, string Category, string? Name = null, (string Source, string Id)[]? Links = null, JsonObject? Assertion = null);
