using System.Collections.Frozen;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// The words a site-metastasis phrase that names its organ first can open with: an organ word of
/// <see cref="SiteMetastasis"/> ("liver", "adrenal", "small", "chest") or a side or a level of the spine before it
/// ("left", "bilateral", "cervical"). A pattern that starts with the organ is searched only from the first such word of
/// its window, and not at all when none stands before the head word, which every match it keeps takes in.
/// </summary>
internal static class SiteOpeningWords
{
    /// <summary>The first words of the organ names and their qualifiers.</summary>
    public static readonly FrozenSet<string> Site = Create(
        "left", "right", "bilateral", "cervical", "thoracic", "lumbar", "lumbosacral",
        "liver", "hepatic", "lung", "lungs", "pulmonary", "bone", "bones", "osseous", "bony", "skeletal", "brain", "cerebral",
        "intracranial", "adrenal", "adrenals", "peritoneal", "peritoneum", "pleura", "pleural", "orbit", "orbital", "cardiac",
        "heart", "skin", "cutaneous", "subcutaneous", "spinal", "spine", "vertebral", "vertebrae", "vertebra", "ovarian", "ovary",
        "ovaries", "splenic", "spleen", "renal", "kidney", "kidneys", "pancreas", "pancreatic", "gastric", "stomach", "breast",
        "breasts", "thyroid", "muscle", "muscles", "muscular", "leptomeningeal", "choroid", "choroidal", "small", "soft",
        "omental", "omentum", "chest", "abdominal", "gallbladder", "tonsil", "tonsillar", "testicular", "testis", "scalp",
        "retroperitoneal", "retroperitoneum", "pituitary", "femur", "humerus", "rib", "ribs", "sacrum", "skull",
        "parotid", "esophageal", "oesophageal", "esophagus", "oesophagus");

    /// <summary>The organ words, and the words that open a deposit or involvement named before its organ ("tumour deposits in the omentum").</summary>
    public static readonly FrozenSet<string> SiteOrDeposit = Create([.. Site, "metastatic", "tumor", "tumour", "malignant", "neoplastic"]);

    /// <summary>
    /// Where the first word of <paramref name="openers"/> starts in <paramref name="window"/> at or before
    /// <paramref name="limit"/>; -1 when none does. A word is a run of letters after a character that is none; it is
    /// compared ignoring case, as the patterns compare it.
    /// </summary>
    public static int First(ReadOnlySpan<char> window, int limit, FrozenSet<string> openers)
    {
        var lookup = openers.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxWord];
        for (var at = 0; at <= limit && at < window.Length; at++)
        {
            if (!char.IsLetter(window[at]) || (at > 0 && char.IsLetter(window[at - 1])))
            {
                continue;
            }

            var end = at + 1;
            while (end < window.Length && char.IsLetter(window[end]))
            {
                end++;
            }

            var word = window[at..end];
            if (word.Length <= MaxWord && (lookup.Contains(word) || lookup.Contains(lower[..word.ToLowerInvariant(lower)])))
            {
                return at;
            }

            at = end;
        }

        return -1;
    }

    /// <summary>Longer words open no phrase.</summary>
    private const int MaxWord = 16;

    private static FrozenSet<string> Create(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
