namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// A word around a marker and what it says: a result ("positive", "wild-type"), a word to skip while reading
/// ("was", "status"), a negatable noun ("expression"), a trend word before a later value of a serum marker ("rose to",
/// "decreased from … to"), a test of a gene's sequence ("mutation testing", "sequencing of") or, for sentence cues, the
/// method ("IHC").
/// An implicit cue ("mutation") suggests its result and is reversed by a negation ("no KRAS mutation").
/// </summary>
public sealed record MarkerCue(string Kind, bool Explicit)
{
    public const string Filler = "filler";
    public const string Negatable = "negatable";
    public const string Equivocal = "equivocal";
    public const string Cells = "cells";
    public const string Tested = "tested";
    /// <summary>A mutation or sequencing test of the gene: its negative result is wild-type, its positive result mutated.</summary>
    public const string MutationTest = "mutation-test";
    public const string MethodPrefix = "method:";
    public const string Same = "same";
    public const string Reference = "reference";
    public const string Trend = "trend";

    /// <summary>The result the cue states, for a result cue ("positive", "wild-type", "normal"); else null.</summary>
    public MarkerResult? Result { get; } = MarkerResults.TryParse(Kind, out var result) ? result : null;

    public bool IsResult => Result is not null;
}
