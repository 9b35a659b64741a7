using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>An event the text ties to a cell therapy or an instilled agent keeps that treatment as its therapy.</summary>
public sealed class AdverseEventProcedureTherapyTests
{
    [Theory]
    [InlineData("He was treated with intravesical BCG instillations for a bladder carcinoma in situ. After the fourth instillation he developed cystitis attributed to BCG.", "cystitis", "bacillus calmette-guerin")]
    [InlineData("He received tisagenlecleucel for a refractory diffuse large B-cell lymphoma. Cytokine release syndrome developed two days after the CAR T-cell infusion.", "cytokine release syndrome", "tisagenlecleucel")]
    public void AnEventAfterTheTreatmentIsTiedToIt(string text, string term, string therapy)
    {
        var events = Engines.Extract(text).AdverseEvents;
        Assert.True(events.Any(e => e.Term.Contains(term, StringComparison.Ordinal) && e.Therapy.Contains(therapy)), string.Join("; ", events.Select(e => $"{e.Term} [{string.Join(",", e.Therapy)}]")));
    }
}
