using CaseIngest.Core.Model;
using CaseIngest.TextAnalytics.Client;

namespace CaseIngest.TextAnalytics.Mapping;

/// <summary>
/// The service's links kept on our facts: the vocabularies a reader of case records uses (UMLS, RxNorm, SNOMED CT,
/// NCI Thesaurus, MeSH, HGNC, ATC, DrugBank, MedDRA, ICD-10-CM), under their usual names; the rest are left out.
/// </summary>
internal static class VocabularyLinks
{
    private static readonly Dictionary<string, string> Systems = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UMLS"] = "UMLS",
        ["RXNORM"] = "RxNorm",
        ["SNOMEDCT_US"] = "SNOMED CT",
        ["NCI"] = "NCI",
        ["MSH"] = "MeSH",
        ["HGNC"] = "HGNC",
        ["ATC"] = "ATC",
        ["DRUGBANK"] = "DrugBank",
        ["MDR"] = "MedDRA",
        ["ICD10CM"] = "ICD-10-CM",
    };

    public static IReadOnlyList<VocabularyLink> Of(HealthcareEntity entity) =>
        [.. entity.Links
            .Where(l => Systems.ContainsKey(l.DataSource) && l.Id.Length > 0)
            .Select(l => new VocabularyLink(Systems[l.DataSource], l.Id))
            .Distinct()];

    /// <summary>The links of both lists, each once, in order of first appearance.</summary>
    public static IReadOnlyList<VocabularyLink> Union(IReadOnlyList<VocabularyLink>? first, IReadOnlyList<VocabularyLink>? second) =>
        [.. (first ?? []).Concat(second ?? []).Distinct()];
}
