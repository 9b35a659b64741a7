using CaseIngest.Core.Model;

namespace CaseIngest.Core.Tests.Drugs;

/// <summary>Frequencies and routes written as prescription Latin or its abbreviations, and frequencies written in words.</summary>
public sealed class DrugLatinScheduleTests
{
    [Theory]
    [InlineData("Fluconazole 150 mg q.d. was continued for a week.", "fluconazole", 1, "day")]
    [InlineData("Levetiracetam 500 mg p.o. b.i.d. was started.", "levetiracetam", 0.5, "day")]
    [InlineData("Ciprofloxacin 500 mg p.o. q12h was prescribed.", "ciprofloxacin", 12, "hour")]
    [InlineData("Morphine 5 mg s.c. q4h p.r.n. was ordered for pain.", "morphine", 4, "hour")]
    [InlineData("Ceftriaxone 2 g i.v. q.d. was given for ten days.", "ceftriaxone", 1, "day")]
    [InlineData("Quetiapine 25 mg q.h.s. was added.", "quetiapine", 1, "day")]
    [InlineData("Amlodipine 5 mg o.d. was continued.", "amlodipine", 1, "day")]
    [InlineData("Methotrexate 15 mg q.w. was restarted.", "methotrexate", 1, "week")]
    [InlineData("Pembrolizumab 200 mg q.3.w. was continued.", "pembrolizumab", 3, "week")]
    public void LatinAbbreviationsOfAFrequencyAreRead(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("Filgrastim was injected every fortnight.", "filgrastim", 2, "week")]
    [InlineData("Cyanocobalamin 1000 µg was injected once every month.", "cyanocobalamin", 1, "month")]
    [InlineData("Epoetin alfa was given once every other week.", "epoetin alfa", 2, "week")]
    [InlineData("Glatiramer 20 mg was injected three times every week.", "glatiramer", 2.33, "day")]
    [InlineData("She took allopurinol 100 mg once a day.", "allopurinol", 1, "day")]
    public void FrequenciesWrittenInWordsAreRead(string text, string generic, double every, string unit)
    {
        Assert.Equal(new Frequency(every, unit), DrugFacts.Single(text, generic).Frequency);
    }

    [Theory]
    [InlineData("Furosemide 40 mg i.v. push was given.", "furosemide", "intravenous")]
    [InlineData("Valganciclovir 900 mg per os was continued.", "valganciclovir", "oral")]
    [InlineData("Enoxaparin 40 mg s.c. was given daily.", "enoxaparin", "subcutaneous")]
    [InlineData("Cyanocobalamin 1000 µg i.m. was given monthly.", "cyanocobalamin", "intramuscular")]
    [InlineData("Dexamethasone 8 mg p.o. was continued.", "dexamethasone", "oral")]
    [InlineData("Heparin 5000 IU s/c was given twice daily.", "heparin", "subcutaneous")]
    public void LatinAbbreviationsOfARouteAreRead(string text, string generic, string route)
    {
        Assert.Equal(route, DrugFacts.Single(text, generic).Route);
    }
}
