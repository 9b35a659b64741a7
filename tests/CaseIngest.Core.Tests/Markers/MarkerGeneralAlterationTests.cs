using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Markers;

/// <summary>
/// What is said of an alteration in general ("EGFR mutations predict response to erlotinib") or a test advised to
/// relatives is no result of this patient; the patient's own alteration keeps its marker when a general clause follows it.
/// </summary>
public sealed class MarkerGeneralAlterationTests
{
    [Theory]
    [InlineData("PDGFRA exon 18 mutations are associated with resistance to imatinib.", "PDGFRA")]
    [InlineData("KIT exon 9 insertions are linked to a poorer prognosis.", "KIT")]
    [InlineData("EGFR mutations predict response to gefitinib.", "EGFR")]
    [InlineData("ALK rearrangements confer sensitivity to crizotinib.", "ALK")]
    [InlineData("BRAF V600E is found in about 45% of papillary thyroid carcinomas.", "BRAF")]
    [InlineData("IDH1 mutations occur in most secondary glioblastomas.", "IDH1")]
    [InlineData("Genetic testing for the BRCA1 variant was recommended to her sisters.", "BRCA1")]
    [InlineData("Testing for a germline MLH1 mutation was offered to his children.", "MLH1")]
    public void AGeneralStatementGivesThePatientNoMarker(string text, string name)
    {
        Assert.DoesNotContain(Engines.Extract(text).Markers, m => m.Name == name);
    }

    [Theory]
    [InlineData("Her tumour harboured a KIT exon 11 deletion, which is associated with response to imatinib.", "KIT", "mutated")]
    [InlineData("Sequencing revealed an EGFR exon 19 deletion, which predicts response to osimertinib.", "EGFR", "mutated")]
    [InlineData("The tumour was found to carry a BRAF V600E mutation.", "BRAF", "mutated")]
    [InlineData("Germline testing showed a BRCA2 mutation, and testing was recommended to her daughters.", "BRCA2", "mutated")]
    public void ThePatientsOwnAlterationKeepsItsMarker(string text, string name, string result)
    {
        Assert.Equal(result, MarkerListTests.Single(text, name).Result);
    }
}
