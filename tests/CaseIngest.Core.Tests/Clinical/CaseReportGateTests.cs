using CaseIngest.Core.Extraction;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Extraction.Patients;
using CaseIngest.Core.Formats;
using CaseIngest.Core.Model;
using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Tests.Clinical;

public sealed class CaseReportGateTests
{
    private static readonly ContextAnalyzer Analyzer = ContextAnalyzer.LoadDefault();

    private static ExtractionContext Run(string text, params string[] types)
    {
        var document = new ParsedDocument("pubmed-xml", text, Sectioner.Split(text), new ArticleInfo { PublicationTypes = types });
        var context = new ExtractionContext(document, Analyzer);
        new PatientStep().Run(context);
        return context;
    }

    [Theory]
    [InlineData("Emerging targets in lung cancer. We summarize new drugs for NSCLC.", "Journal Article", "Review")]
    [InlineData("Older patients on checkpoint inhibitors. Patients aged 70 or more were enrolled.", "Journal Article", "Observational Study")]
    [InlineData("Remineralization of lytic lesions in myeloma. Retrospective cohort of 40 patients.", "Journal Article")]
    [InlineData("Ibrutinib in cold agglutinin disease. We conducted a retrospective cohort study of consecutive patients treated at two centres. "
        + "We describe the clinical course of patients who received ibrutinib after rituximab.", "Journal Article")]
    [InlineData("Lenvatinib after sorafenib failure. Thirty-one patients with advanced hepatocellular carcinoma were treated. "
        + "Median overall survival was 11.2 months. We report the toxicity of patients with Child-Pugh B liver function.", "Journal Article")]
    public void StudiesAndReviewsDescribeNoCase(string text, params string[] types) =>
        Assert.True(CaseReportGate.DescribesNoCase(Run(text, types)));

    [Theory]
    [InlineData("Blood cells in a case of ceroid-lipofuscinosis.", "Case Reports", "Journal Article")]
    [InlineData("A 58-year-old woman had a giant cell tumor.", "Journal Article")]
    [InlineData("Colitis after nivolumab: a case report and review of the literature.", "Journal Article", "Review")]
    [InlineData("Colitis after nivolumab in a melanoma study.")]
    [InlineData("Familial hypocalciuric hypercalcaemia. In a retrospective review of our clinic, we report three siblings with a novel CASR variant.", "Journal Article")]
    public void CaseReportsAndUntypedDocumentsDescribeACase(string text, params string[] types) =>
        Assert.False(CaseReportGate.DescribesNoCase(Run(text, types)));
}
