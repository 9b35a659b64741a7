namespace CaseIngest.Http.Browser;

/// <summary>A fact's evidence in the text: the fact's kind (drug, marker …), its row number in that kind's table, and the span.</summary>
internal sealed record EvidenceSpan(string Kind, int Index, int Start, int End)
{
    public string FactId => "fact-" + Kind + "-" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string MarkId => "ev-" + Kind + "-" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
