using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Phrases that tie an event to a drug of any class, an anticancer one or not: a compound of the drug before the event
/// ("amiodarone-related hypothyroidism"), the event called the drug's side effect or adverse event, the event dated a
/// span of time into the drug's course or during treatment with it, and the drug held or reduced because of the event.
/// </summary>
public sealed class AdverseEventDrugPhraseTests
{
    [Theory]
    [InlineData("A 34-year-old woman with epilepsy was started on lamotrigine. She was admitted with lamotrigine-associated erythema multiforme.",
        "erythema multiforme:-:lamotrigine")]
    [InlineData("A 71-year-old man with atrial fibrillation received amiodarone. He developed amiodarone-related grade 2 hypothyroidism.",
        "hypothyroidism:2:amiodarone")]
    [InlineData("A 45-year-old man with latent tuberculosis was given isoniazid. Isoniazid-associated peripheral sensory neuropathy was diagnosed three months later.",
        "peripheral neuropathy:-:isoniazid")]
    [InlineData("A 57-year-old woman with lupus was given hydroxychloroquine. She had lupus-associated thrombocytopenia before treatment.",
        "")]
    public void ACompoundOfTheDrugBeforeTheEventTiesItToThatDrug(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("A 63-year-old man with gout was given allopurinol. He developed erythema multiforme, a known side effect of allopurinol.",
        "erythema multiforme:-:allopurinol")]
    [InlineData("A 29-year-old woman with bipolar disorder was treated with valproic acid. Pancreatitis was considered a valproic acid-related adverse event.",
        "pancreatitis:-:valproic acid")]
    [InlineData("A 55-year-old man with hypertension was started on lisinopril. He presented a year later with hyponatremia, an adverse effect of lisinopril.",
        "hyponatremia:-:lisinopril")]
    [InlineData("A 62-year-old man with diabetes was treated with metformin. He had no lactic acidosis, a rare side effect of metformin.",
        "")]
    public void AnEventCalledADrugsSideEffectOrAdverseEventIsThatDrugs(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("A 70-year-old man with atrial fibrillation was treated with amiodarone. Hypothyroidism developed four months into amiodarone therapy.",
        "hypothyroidism:-:amiodarone")]
    [InlineData("A 38-year-old woman with tuberculosis was given isoniazid. Pancreatitis occurred six weeks into treatment with isoniazid.",
        "pancreatitis:-:isoniazid")]
    [InlineData("A 49-year-old woman with psoriasis was treated with ustekinumab. Grade 2 pneumonitis (CTCAE v5.0) occurred during treatment with ustekinumab.",
        "pneumonitis:2:ustekinumab")]
    [InlineData("A 52-year-old woman with eczema was treated with prednisone. Her pruritus improved during treatment with prednisone.",
        "")]
    public void AnEventDatedWithinADrugsCourseIsThatDrugs(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("A 51-year-old man with epilepsy received carbamazepine. The dose of carbamazepine was reduced because of hyponatremia.",
        "hyponatremia:-:carbamazepine")]
    [InlineData("A 66-year-old woman with rheumatoid arthritis was treated with leflunomide. Leflunomide was held for grade 2 pancreatitis.",
        "pancreatitis:2:leflunomide")]
    [InlineData("A 47-year-old man with osteomyelitis received linezolid. Linezolid was therefore discontinued due to severe peripheral motor neuropathy.",
        "peripheral motor neuropathy:-:linezolid")]
    [InlineData("A 58-year-old man with heart failure was given amlodipine. Amlodipine was started for hypertension.",
        "")]
    public void ADrugHeldOrReducedBecauseOfAnEventIsItsCause(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("A 61-year-old woman with ovarian cancer received paclitaxel. Her treatment with paclitaxel was complicated by bladder spasm.",
        "bladder spasm:-:paclitaxel")]
    [InlineData("A 54-year-old man with a gastrointestinal stromal tumour was given imatinib. Imatinib therapy was complicated by papilledema.",
        "papilledema:-:imatinib")]
    [InlineData("A 69-year-old man with myeloma received lenalidomide. Lenalidomide was continued, and his course was later complicated by a fall.",
        "")]
    public void AnEventThatComplicatedADrugsCourseIsThatDrugs(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("A 47-year-old man with renal tubular acidosis had muscle weakness, which resolved after treatment with potassium citrate, and only grade 1 hypokalemia remained.",
        "potassium citrate")]
    [InlineData("A 36-year-old woman had a urinary infection that cleared after a course of nitrofurantoin, but grade 2 nausea persisted.",
        "nitrofurantoin")]
    public void ADrugSomethingResolvedAfterIsNoCauseOfWhatTheSentenceTellsNext(string text, string drug) =>
        Assert.DoesNotContain(Engines.Extract(text).AdverseEvents, e => e.Therapy.Contains(drug));

    private static string Read(string text) =>
        string.Join("; ", Engines.Extract(text).AdverseEvents.OrderBy(e => e.Evidence.Start).Select(Describe));

    private static string Describe(AdverseEventFact fact) =>
        $"{fact.Term}:{fact.Grade?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}:{string.Join('+', fact.Therapy.Order(StringComparer.Ordinal))}";
}
