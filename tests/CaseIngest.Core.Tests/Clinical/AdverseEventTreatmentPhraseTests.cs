namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// An event told after a phrase of the treatment's administration ("after a course of amoxicillin", "one dose of
/// ceftriaxone was followed by", "during the first infusion of infliximab", "vancomycin therapy was complicated by") is
/// that drug's, whatever its class.
/// </summary>
public sealed class AdverseEventTreatmentPhraseTests
{
    [Theory]
    [InlineData("She had sinusitis. After a course of amoxicillin she developed a generalised urticaria.", "amoxicillin", "urticaria:-:amoxicillin")]
    [InlineData("He had a dental abscess. One dose of ceftriaxone was followed by anaphylaxis.", "ceftriaxone", "anaphylaxis:-:ceftriaxone")]
    [InlineData("She had Crohn disease. During the first infusion of infliximab she developed hypotension.", "infliximab", "hypotension:-:infliximab")]
    [InlineData("He had MRSA bacteraemia. Vancomycin therapy was complicated by acute kidney injury.", "vancomycin", "acute kidney injury:-:vancomycin")]
    [InlineData("She had atrial fibrillation. Amiodarone therapy was complicated by hypothyroidism.", "amiodarone", "hypothyroidism:-:amiodarone")]
    [InlineData("He had epilepsy. Treatment with carbamazepine was complicated by hyponatraemia.", "carbamazepine", "hyponatremia:-:carbamazepine")]
    [InlineData("She had osteomyelitis. Her course of linezolid was complicated by thrombocytopenia.", "linezolid", "thrombocytopenia:-:linezolid")]
    [InlineData("He had gout. After one dose of allopurinol he developed a widespread rash.", "allopurinol", "rash:-:allopurinol")]
    [InlineData("She had iron-deficiency anaemia. Within minutes of the first infusion of iron sucrose she developed hypotension.", "iron sucrose", "hypotension:-:iron sucrose")]
    [InlineData("He had bipolar disorder. Valproate therapy was complicated by pancreatitis.", "valproate", "pancreatitis:-:valproate")]
    [InlineData("She had pneumonia. Following a five-day course of levofloxacin she developed diarrhoea.", "levofloxacin", "diarrhea:-:levofloxacin")]
    [InlineData("He had schizophrenia. After a single dose of haloperidol he developed akathisia.", "haloperidol", "akathisia:-:haloperidol")]
    [InlineData("She had a urinary tract infection. Two days into a course of nitrofurantoin she developed pneumonitis.", "nitrofurantoin", "pneumonitis:-:nitrofurantoin")]
    [InlineData("He had received cisplatin and etoposide in 2019. In 2021 colitis developed after a single course of ipilimumab.", "cisplatin,etoposide,ipilimumab", "colitis:-:ipilimumab")]
    [InlineData("She had been treated with letrozole. Myocarditis followed one dose of pembrolizumab.", "letrozole,pembrolizumab", "myocarditis:-:pembrolizumab")]
    [InlineData("He had melanoma. His nivolumab therapy was complicated by hepatitis.", "nivolumab", "hepatitis:-:nivolumab")]
    [InlineData("She had sinusitis. After a course of amoxicillin, she developed a generalised urticaria.", "amoxicillin", "urticaria:-:amoxicillin")]
    [InlineData("He had gout. Two days after starting allopurinol he developed a widespread rash.", "allopurinol", "rash:-:allopurinol")]
    [InlineData("She had epilepsy. Within a week of starting lamotrigine, she developed a rash.", "lamotrigine", "rash:-:lamotrigine")]
    [InlineData("He had epilepsy. A rash appeared within days of the first dose of lamotrigine.", "lamotrigine", "rash:-:lamotrigine")]
    [InlineData("She had osteomyelitis. Acute kidney injury developed after the third dose of vancomycin.", "vancomycin", "acute kidney injury:-:vancomycin")]
    [InlineData("He had Crohn disease. Hypotension complicated the first infusion of infliximab.", "infliximab", "hypotension:-:infliximab")]
    public void AnEventAfterAnAdministrationPhraseIsThatDrugs(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));

    [Theory]
    [InlineData("She had sinusitis with fever. A course of amoxicillin was given and the fever resolved.", "amoxicillin")]
    [InlineData("He had pneumonia. After a course of levofloxacin the cough improved.", "levofloxacin")]
    [InlineData("She had sinusitis with fever. Despite a course of amoxicillin, her fever persisted.", "amoxicillin")]
    [InlineData("He had a cough. Two days into a course of azithromycin the cough had resolved.", "azithromycin")]
    [InlineData("She had pneumonia with fever. The fever resolved after a course of ceftriaxone.", "ceftriaxone")]
    public void AnEventTheCourseTreatedIsNone(string text, string drugs) =>
        Assert.Equal(string.Empty, AdverseEventProbe.Read(text, drugs));
}
