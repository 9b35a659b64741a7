namespace CaseIngest.Core.Tests.Drugs;

/// <summary>
/// A drug given to one site (intrathecal, intravitreal, intravesical, topical) and the same drug dosed by body size with
/// no route ("methotrexate 3 g/m2" and "intrathecal methotrexate") are two administrations: the local route is not
/// copied onto the systemic dose. A later mention that adds no dose by body size, or a systemic route beside a systemic
/// dose, still folds into the first.
/// </summary>
public sealed class DrugLocalRouteMergeTests
{
    [Theory]
    [InlineData("She received methotrexate 3 g/m2. Intrathecal methotrexate was also given for CNS prophylaxis.", "methotrexate", "intrathecal")]
    [InlineData("Cytarabine 100 mg/m2 was given on days 1-7. She also received intrathecal cytarabine.", "cytarabine", "intrathecal")]
    [InlineData("Intravitreal bevacizumab was given for the macular oedema. He then received bevacizumab 7.5 mg/kg with chemotherapy.", "bevacizumab", "intravitreal")]
    [InlineData("Topical fluorouracil was applied to the lesion. Years later she received fluorouracil 400 mg/m2 as part of FOLFOX.", "fluorouracil", "topical")]
    public void ALocalRouteIsNotCopiedOntoADoseByBodySize(string text, string generic, string local)
    {
        var facts = DrugFacts.Of(text).Where(d => d.Name == generic).ToList();
        Assert.Contains(facts, d => d.Route == local);
        Assert.All(facts.Where(d => d.Dose is { } dose && (dose.Unit.EndsWith("/m2", StringComparison.Ordinal) || dose.Unit.EndsWith("/kg", StringComparison.Ordinal))),
            d => Assert.NotEqual(local, d.Route));
    }

    [Theory]
    [InlineData("Intrathecal methotrexate 12 mg was given. Methotrexate was repeated weekly for four doses.", "methotrexate", "intrathecal")]
    [InlineData("Intravenous cisplatin was given. Cisplatin 75 mg/m2 was repeated every three weeks.", "cisplatin", "intravenous")]
    [InlineData("Intravesical mitomycin C was instilled after the resection. Mitomycin C 40 mg was instilled weekly for six weeks.", "mitomycin", "intravesical")]
    public void AMentionWithoutADoseByBodySizeStillFolds(string text, string generic, string route) =>
        Assert.Equal(route, DrugFacts.Single(text, generic).Route);
}
