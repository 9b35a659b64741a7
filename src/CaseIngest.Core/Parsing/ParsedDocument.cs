using CaseIngest.Core.Model;

namespace CaseIngest.Core.Parsing;

/// <summary>
/// A document reduced to plain text, its sections (ordered, non-overlapping, covering the text) and the
/// bibliographic facts the format states. Evidence offsets index <see cref="Text"/>.
/// </summary>
public sealed record ParsedDocument(string Format, string Text, IReadOnlyList<Section> Sections, ArticleInfo Article);
