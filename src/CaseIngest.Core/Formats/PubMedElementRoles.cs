namespace CaseIngest.Core.Formats;

/// <summary>
/// What an element of a PubMed article can be to <see cref="PubMedXmlParser"/>, by where it stands: the article
/// itself, the citation (<c>MedlineCitation</c> or <c>BookDocument</c>), the part holding title and abstract, and so on
/// down to <see cref="Text"/>, an element whose text is read. One element can play several parts (a
/// <c>BookDocument</c> is citation and body); an element with none is never looked at.
/// </summary>
[Flags]
internal enum PubMedElementRoles
{
    None = 0,
    Article = 1,
    Citation = 1 << 1,
    Body = 1 << 2,
    Book = 1 << 3,
    Journal = 1 << 4,
    JournalIssue = 1 << 5,
    Date = 1 << 6,
    Abstract = 1 << 7,
    AuthorList = 1 << 8,
    Author = 1 << 9,
    KeywordList = 1 << 10,
    PublicationTypeList = 1 << 11,
    Data = 1 << 12,
    IdList = 1 << 13,

    /// <summary>An element whose text is read: kept whole, with its inline markup and the attributes the parser reads.</summary>
    Text = 1 << 14,
}
