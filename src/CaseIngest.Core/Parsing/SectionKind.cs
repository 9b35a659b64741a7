namespace CaseIngest.Core.Parsing;

/// <summary>What a stretch of the document is, which decides whether it may yield facts of the patient.</summary>
public enum SectionKind
{
    /// <summary>Text with no heading or with a heading we do not know: treated as the case.</summary>
    Body,
    Title,
    Abstract,
    /// <summary>Case presentation / case report / clinical history.</summary>
    Case,
    /// <summary>Introduction, background: general knowledge, not the patient.</summary>
    Introduction,
    /// <summary>Discussion: about the patient only where a sentence says so ("our patient", "in this case").</summary>
    Discussion,
    /// <summary>Metadata lines: journal, authors, affiliations, identifiers, keywords.</summary>
    Metadata,
    /// <summary>Reference lists, "Similar articles", "Cited by".</summary>
    References,
    /// <summary>Site navigation and other page furniture.</summary>
    Chrome,
    /// <summary>Figure and table captions, figure credits.</summary>
    Caption,
    /// <summary>Acknowledgements, funding, conflicts of interest, author contributions.</summary>
    BackMatter,
}
