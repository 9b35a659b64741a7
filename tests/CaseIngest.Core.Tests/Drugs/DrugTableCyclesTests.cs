using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A table of treatment lines counts each row's cycles in a column of its own ("| Regimen | Cycles | Response |"); a
/// table of other cases or of the literature, a row without such a column and a column of laboratory values per cycle
/// count nothing.
/// </summary>
public sealed class DrugTableCyclesTests
{
    private const string MarkdownLines =
        "# Case presentation\nA 58-year-old woman with metastatic colorectal adenocarcinoma received oxaliplatin-based chemotherapy and later irinotecan (Table 1).\n\n"
        + "Table 1. Lines of treatment\n\n| Line | Regimen | Cycles | Response |\n|---|---|---|---|\n| First | FOLFOX | 8 | Partial response |\n| Second | Irinotecan | 5 | Progressive disease |\n";

    private const string MarkdownCellCounts =
        "# Case report\nA 66-year-old man with castration-resistant prostate cancer was given docetaxel and later cabazitaxel.\n\n"
        + "| Line | Treatment | Duration | Response |\n|---|---|---|---|\n| 1st line | Docetaxel | 6 cycles | PR |\n| 2nd line | Cabazitaxel | 3 cycles | PD |\n";

    private const string MarkdownCourses =
        "# Case presentation\nA 12-year-old boy with osteosarcoma of the femur was treated with chemotherapy.\n\n"
        + "| Phase | Agents | No. of courses |\n| --- | --- | --- |\n| Induction | Methotrexate, cisplatin | 2 |\n| Maintenance | Ifosfamide | 4 |\n";

    private const string HtmlTable =
        "<html><body><h2>Case presentation</h2><p>A 49-year-old man with small cell lung cancer was treated with cisplatin and etoposide.</p>"
        + "<table><caption>Table 1. Treatment course</caption><tr><th>Regimen</th><th>Cycles</th><th>Response</th></tr>"
        + "<tr><td>Cisplatin + etoposide</td><td>4</td><td>Partial response</td></tr><tr><td>Topotecan</td><td>2</td><td>Stable disease</td></tr></table></body></html>";

    [Theory]
    [InlineData(MarkdownLines, "case.md", "oxaliplatin", 8)]
    [InlineData(MarkdownLines, "case.md", "fluorouracil", 8)]
    [InlineData(MarkdownLines, "case.md", "irinotecan", 5)]
    [InlineData(MarkdownCellCounts, "case.md", "docetaxel", 6)]
    [InlineData(MarkdownCellCounts, "case.md", "cabazitaxel", 3)]
    [InlineData(MarkdownCourses, "case.md", "methotrexate", 2)]
    [InlineData(MarkdownCourses, "case.md", "cisplatin", 2)]
    [InlineData(MarkdownCourses, "case.md", "ifosfamide", 4)]
    [InlineData(HtmlTable, "case.html", "cisplatin", 4)]
    [InlineData(HtmlTable, "case.html", "etoposide", 4)]
    [InlineData(HtmlTable, "case.html", "topotecan", 2)]
    public void ACountInTheCyclesColumnOfARowIsTheCountOfItsDrugs(string text, string name, string generic, int cycles) =>
        Assert.Equal(cycles, Single(text, name, generic).Cycles);

    private const string LiteratureTable =
        "# Case presentation\nA 61-year-old man with urothelial carcinoma was treated with cisplatin and gemcitabine.\n\n"
        + "Table 2. Previously reported cases\n\n| Author | Year | Treatment | Cycles | Outcome |\n|---|---|---|---|---|\n| Smith et al. | 2015 | Cisplatin | 6 | CR |\n| Lee et al. | 2018 | Gemcitabine | 4 | PR |\n";

    private const string FractionsTable =
        "# Case presentation\nA 45-year-old man with glioblastoma was treated with temozolomide and radiotherapy.\n\n"
        + "| Phase | Treatment | Fractions |\n|---|---|---|\n| Concurrent | Temozolomide 75 mg/m2 daily with radiotherapy | 30 |\n";

    private const string LabTable =
        "# Case presentation\nA 70-year-old woman with breast cancer received docetaxel.\n\n"
        + "| Day | Cycle 1 | Cycle 2 | Cycle 3 |\n|---|---|---|---|\n| Docetaxel dose | 75 | 60 | 60 |\n";

    [Theory]
    [InlineData(LiteratureTable, "cisplatin")]
    [InlineData(LiteratureTable, "gemcitabine")]
    [InlineData(FractionsTable, "temozolomide")]
    [InlineData(LabTable, "docetaxel")]
    public void ATableOfOtherCasesOrWithoutACyclesColumnCountsNothing(string text, string generic) =>
        Assert.Null(Single(text, "case.md", generic).Cycles);

    private static DrugFact Single(string text, string name, string generic)
    {
        var drugs = Engines.Extract(text, name).Drugs;
        var matching = drugs.Where(d => d.Name == generic).ToList();
        Assert.True(matching.Count == 1, $"expected one '{generic}' fact, found: {string.Join(", ", drugs.Select(d => $"{d.Name}/{d.Status}/{d.Cycles}"))}");
        return matching[0];
    }
}
