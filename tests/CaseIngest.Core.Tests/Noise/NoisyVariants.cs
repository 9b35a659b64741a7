using static CaseIngest.Core.Tests.Noise.NoisyReport;

namespace CaseIngest.Core.Tests.Noise;

/// <summary>The report of <see cref="NoisyReport"/> as real files carry it: one class of noise per variant.</summary>
internal static class NoisyVariants
{
    public static TheoryData<string, string, string> All()
    {
        var data = new TheoryData<string, string, string>();
        void Add(string label, string text, string name = "report.md") => data.Add(label, name, text);

        Add("a drug name hyphenated across a line break", Join(Presentation, Testing, Treatment.Replace("pembrolizumab", "pembroli-\nzumab"), Irradiation, Event, Response, Death));
        Add("a count noun hyphenated across a line break", Join(Presentation, Testing, Treatment.Replace("4 cycles", "4 cy-\ncles"), Irradiation, Event, Response, Death));
        Add("a diagnosis hyphenated across a line break", Join(Presentation.Replace("adenocarcinoma", "adenocarci-\nnoma"), Testing, Treatment, Irradiation, Event, Response, Death));
        Add("soft hyphens inside names", Join(Presentation.Replace("adenocarcinoma", "adeno\u00ADcarci\u00ADnoma"), Testing, Treatment.Replace("pemetrexed", "peme\u00ADtrexed"), Irradiation, Event.Replace("neutropenia", "neutro\u00ADpenia"), Response, Death));
        Add("a running header inside a sentence", Join(Presentation, Testing, Treatment.Replace("every 3 weeks ", "every 3 weeks\nCase Rep Oncol 2021;14:101–108\n"), Irradiation, Event, Response, Death));
        Add("a page number inside a sentence", Join(Presentation, Testing, Treatment.Replace("pemetrexed 500", "pemetrexed\nPage 4 of 9\n500"), Irradiation, Event, Response, Death));
        Add("a DOI line inside a sentence", Join(Presentation, Testing, Treatment, Irradiation.Replace("of 60 Gy ", "of 60 Gy\nDOI: 10.1159/000512345\n"), Event, Response, Death));
        Add("lines of a column broken mid-sentence", Join(Presentation.Replace("upper lobe ", "upper lobe\n"), Testing.Replace("tumour cells, ", "tumour\ncells, "), Treatment.Replace(" and pemetrexed", "\nand pemetrexed").Replace("weeks for", "weeks\nfor"), Irradiation.Replace("30 fractions", "30\nfractions"), Event, Response, Death));
        Add("a blank line inside a sentence", Join(Presentation, Testing, Treatment.Replace("every 3 weeks ", "every 3 weeks\n\n"), Irradiation, Event, Response, Death));
        Add("bracketed citations between the facts", Join(Presentation, Testing.Replace("mutation.", "mutation [6]."), Treatment.Replace("pemetrexed 500", "pemetrexed [7] 500").Replace("weeks for", "weeks [8,9] for"), Irradiation, Event, Response, Death));
        Add("superscript citations in Markdown", Join(Presentation, Testing, Treatment.Replace("pemetrexed 500", "pemetrexed^3^ 500").Replace("200 mg.", "200 mg.^4,5^"), Irradiation, Event, Response, Death));
        Add("figure and table references", Join(Presentation.Replace("adenocarcinoma.", "adenocarcinoma (Fig. 1B)."), Testing, Treatment.Replace("mg/m2 every", "mg/m2 (Table 1) every"), Irradiation, Event, Response.Replace("response.", "response (Figure 2A, B)."), Death));
        Add("citation numbers glued to the full stop", Join(Presentation.Replace("adenocarcinoma.", "adenocarcinoma.12"), Testing.Replace("mutation.", "mutation.3,4"), Treatment, Irradiation, Event, Response, Death));
        Add("a figure caption inside a sentence", Join(Presentation, Testing, Treatment.Replace("every 3 weeks ", "every 3 weeks\nFigure 1. Axial computed tomography of the chest at presentation.\n"), Irradiation, Event, Response, Death));
        Add("Markdown emphasis inside names", Join(Presentation.Replace("lung adenocarcinoma", "lung _adenocarcinoma_"), Testing.Replace("PD-L1", "**PD-L1**").Replace("KRAS", "*KRAS*"), Treatment.Replace("pembrolizumab", "__pembrolizumab__"), Irradiation, Event, Response, Death));
        Add("non-breaking and thin spaces", Join(Presentation.Replace("63-year-old", "63\u00A0year-old"), Testing.Replace("80%", "80\u2009%"), Treatment.Replace("500 mg/m2", "500\u00A0mg/m2").Replace("AUC 5", "AUC\u00A05"), Irradiation.Replace("60 Gy", "60\u202FGy"), Event, Response, Death.Replace("18 months", "18\u2009months")));
        Add("a superscript two in the unit", Join(Presentation, Testing, Treatment.Replace("mg/m2", "mg/m²"), Irradiation, Event, Response, Death));
        Add("full-width digits", Join(Presentation, Testing, Treatment.Replace("500", "５００").Replace("4 cycles", "４ cycles"), Irradiation, Event, Response, Death));
        Add("Unicode hyphens in names", Join(Presentation.Replace("63-year-old", "63\u2010year\u2010old"), Testing.Replace("PD-L1", "PD\u2010L1"), Treatment, Irradiation, Event, Response, Death));
        Add("a ligature in a word", Join(Presentation.Replace("confirmed", "con\uFB01rmed"), Testing, Treatment, Irradiation, Event, Response, Death));
        Add("Windows line endings", Join(Presentation, Testing, Treatment, Irradiation, Event, Response, Death).Replace("\n", "\r\n"));
        Add("headings between the parts of the course", Join(Presentation, Testing, "### Treatment", Treatment, Irradiation, Event, "### Outcome", Response, Death));
        Add("the regimen as a bulleted list", Join(Presentation, Testing, "She received:\n\n- carboplatin AUC 5 and pemetrexed 500 mg/m2 every 3 weeks for 4 cycles;\n- followed by pembrolizumab 200 mg.", Irradiation, Event, Response, Death));
        Add("the regimen as a table", Join(Presentation, Testing, "She received the following treatment (Table 1).\n\n| Drug | Dose | Schedule | Cycles |\n|---|---|---|---|\n| Carboplatin | AUC 5 | every 3 weeks | 4 |\n| Pemetrexed | 500 mg/m2 | every 3 weeks | 4 |\n| Pembrolizumab | 200 mg | | |", Irradiation, Event, Response, Death));
        Add("the report as JATS with inline tags", Jats, "report.nxml");
        Add("the report as HTML with inline tags", Html, "report.html");
        return data;
    }

    private static string Jats =>
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <article><front><article-meta><title-group><article-title>Lung adenocarcinoma treated with chemotherapy and pembrolizumab: a case report</article-title></title-group></article-meta></front>
        <body><sec><title>Case presentation</title>
        <p>A 63-year-old woman presented with a persistent cough. Biopsy of a right upper lobe mass confirmed lung adenocarcinoma.</p>
        <p>Immunohistochemistry showed PD-L1 expression in 80% of tumour cells, and sequencing detected a <italic>KRAS</italic> G12C mutation.</p>
        <p>She received carboplatin AUC 5 and pemetrexed<sup><xref ref-type="bibr" rid="B7">7</xref></sup> 500 mg/m<sup>2</sup> every 3 weeks for 4 cycles, followed by <bold>pembrolizumab</bold> 200 mg.</p>
        <p>Thoracic radiotherapy of 60 Gy in 30 fractions was delivered.</p>
        <p>After the second cycle she developed grade 3 neutropenia attributed to carboplatin.</p>
        <p>Computed tomography after 4 cycles showed a partial response (<xref ref-type="fig" rid="F2">Figure 2</xref>).</p>
        <p>She died of disease progression 18 months after diagnosis.</p>
        </sec></body></article>
        """;

    private static string Html =>
        """
        <!DOCTYPE html>
        <html><head><title>Lung adenocarcinoma treated with chemotherapy and pembrolizumab: a case report</title></head>
        <body><h1>Lung adenocarcinoma treated with chemotherapy and pembrolizumab: a case report</h1>
        <h2>Case presentation</h2>
        <p>A 63-year-old woman presented with a persistent cough. Biopsy of a right upper lobe mass confirmed lung adenocarcinoma.</p>
        <p>Immunohistochemistry showed PD-L1 expression in 80% of tumour cells, and sequencing detected a <i>KRAS</i> G12C mutation.</p>
        <p>She received carboplatin AUC 5 and pemetrexed<sup><a href="#B7">7</a></sup> 500 mg/m<sup>2</sup> every 3 weeks for 4 cycles, followed by <b>pembro</b>lizumab 200 mg.</p>
        <p>Thoracic radiotherapy of 60 Gy in 30 fractions was delivered.</p>
        <p>After the second cycle she developed grade 3 neutropenia attributed to carboplatin.</p>
        <p>Computed tomography after 4 cycles showed a partial response (<a href="#F2">Figure 2</a>).</p>
        <p>She died of disease progression 18 months after diagnosis.</p>
        </body></html>
        """;
}
