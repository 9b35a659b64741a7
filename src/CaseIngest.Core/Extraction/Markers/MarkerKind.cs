namespace CaseIngest.Core.Extraction.Markers;

/// <summary>What a marker is, which decides how its result words read ("negative" MLH1 is lost, a negative EGFR mutation test is wild-type).</summary>
public enum MarkerKind
{
    /// <summary>A gene tested for mutation, fusion or amplification: KRAS, EGFR, ALK.</summary>
    Gene,
    /// <summary>A protein read as positive or negative, often with a percentage: PD-L1, HER2, ER.</summary>
    Protein,
    /// <summary>An immunohistochemical stain of the tumour: CK7, TTF-1, S100, Ki-67.</summary>
    Stain,
    /// <summary>A mismatch repair protein or the MMR status: intact or lost.</summary>
    Mmr,
    /// <summary>A genomic signature: TMB, MSI.</summary>
    Signature,
    /// <summary>A serum tumour marker: CEA, AFP, CA 19-9.</summary>
    Serum,
    /// <summary>A tumour virus: EBV, HPV.</summary>
    Virus,
}
