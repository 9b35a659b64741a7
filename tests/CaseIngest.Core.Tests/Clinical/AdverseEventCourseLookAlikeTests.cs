using CaseIngest.Core.Model;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Wordings of a treated course that look like an event after treatment and are none: the disease's own progression
/// told with its symptoms, an effect the treatment is meant to have, an event watched for, warned of or found absent,
/// and a laboratory value with no event; a true event in the same course keeps its therapy.
/// </summary>
public sealed class AdverseEventCourseLookAlikeTests
{
    [Theory]
    [InlineData("A 63-year-old man with pancreatic cancer received three cycles of gemcitabine and nab-paclitaxel. The disease then progressed, with new liver metastases causing right upper quadrant pain and jaundice.")]
    [InlineData("A 70-year-old woman with lung adenocarcinoma was given two cycles of carboplatin and pemetrexed, but the tumour recurred with enlarged brain metastases, resulting in confusion and seizures.")]
    [InlineData("A 58-year-old man with renal cell carcinoma had taken sunitinib for a year when he presented with rectal bleeding; colonoscopy showed a new metastatic rectal mass, and progressive disease was declared.")]
    [InlineData("A 66-year-old woman with melanoma was treated with nivolumab. After the second dose, the inguinal lymph nodes enlarged; a biopsy showed only inflammatory infiltrates, consistent with pseudoprogression, and nivolumab was continued.")]
    public void TheDiseasesOwnCourseToldWithItsSymptomsIsNoAdverseEvent(string text) =>
        Assert.Equal(string.Empty, Read(text));

    [Theory]
    [InlineData("A 55-year-old woman with colon cancer was to start capecitabine. Before the first cycle she was counselled about diarrhoea and hand-foot syndrome.")]
    [InlineData("A 47-year-old man with chronic myeloid leukaemia was started on imatinib, and his liver enzymes were checked weekly to detect hepatotoxicity.")]
    [InlineData("A 72-year-old man with lung cancer received pembrolizumab. A chest CT after the fourth cycle showed no signs of pneumonitis.")]
    [InlineData("A 61-year-old woman with breast cancer received docetaxel. She reported no side effects during the first three cycles, and no neutropenia was recorded.")]
    [InlineData("A 50-year-old man with rectal cancer received FOLFOX. After the second cycle his neutrophil count was 2.4 x 10^9/L and his creatinine was normal.")]
    [InlineData("A 68-year-old woman with ovarian cancer had hypokalaemia, which was corrected before the first dose of carboplatin was given.")]
    public void AnEventWarnedOfWatchedForOrFoundAbsentIsNoAdverseEvent(string text) =>
        Assert.Equal(string.Empty, Read(text));

    [Theory]
    [InlineData("A 45-year-old woman with breast cancer was prescribed tamoxifen. She was advised that hot flushes and venous thromboembolism could occur.")]
    [InlineData("A 60-year-old man with kidney cancer was to start sunitinib, and he was informed that hypertension and hand-foot syndrome were common.")]
    [InlineData("A 52-year-old woman with colon cancer received oxaliplatin. She was told that peripheral neuropathy might develop with further cycles.")]
    public void AnEventThePatientWasWarnedOfIsNoAdverseEvent(string text) =>
        Assert.Equal(string.Empty, Read(text));

    [Theory]
    [InlineData("A 59-year-old woman with ovarian cancer received carboplatin and paclitaxel. Before chemotherapy started she had been anaemic and had needed two transfusions.", "")]
    [InlineData("A 63-year-old man with melanoma received nivolumab. Prior to the initiation of immunotherapy, he had hypothyroidism treated with levothyroxine.", "")]
    [InlineData("A 57-year-old woman with lung cancer received carboplatin and pemetrexed. Before the third cycle of chemotherapy she developed grade 3 neutropenia, and the cycle was delayed.",
        "neutropenia:3:carboplatin+pemetrexed")]
    public void AnEventDatedBeforeTheTreatmentBeganIsNone(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("A 64-year-old man with metastatic melanoma was treated with pembrolizumab. After the third cycle, new subcutaneous nodules with pain and swelling appeared, and progression was confirmed on biopsy. Pembrolizumab was stopped. He then received dabrafenib and trametinib, and two weeks later developed grade 2 pyrexia attributed to dabrafenib.",
        "fever:2:dabrafenib")]
    [InlineData("A 59-year-old woman with lung cancer received atezolizumab. She had been counselled about pneumonitis and colitis. Six weeks later she developed grade 2 hypothyroidism, and levothyroxine was started. A CT scan showed no pneumonitis.",
        "hypothyroidism:2:atezolizumab")]
    public void ATrueEventAmongLookAlikesKeepsItsTherapy(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("A 59-year-old woman with lymphoma received rituximab, cyclophosphamide, doxorubicin, vincristine and prednisone. Tumour lysis syndrome was prevented with allopurinol and hydration.", "")]
    [InlineData("A 66-year-old man with chronic lymphocytic leukaemia was started on venetoclax with prophylaxis against tumour lysis syndrome.", "")]
    [InlineData("A 50-year-old woman with breast cancer received docetaxel, with pegfilgrastim given as prophylaxis for febrile neutropenia.", "")]
    [InlineData("A 54-year-old woman with breast cancer received docetaxel. She developed grade 4 febrile neutropenia after the first cycle.", "febrile neutropenia:4:docetaxel")]
    public void AnEventTheCareWasGivenToPreventIsNone(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("A 61-year-old man with lung cancer received nivolumab for eight months. He then developed worsening dyspnoea, and CT showed a large pleural effusion with pleural nodules; cytology confirmed malignant cells.", "")]
    [InlineData("A 58-year-old woman with ovarian cancer received olaparib. A year later she had abdominal distension and ascites, and cytology of the fluid confirmed carcinoma cells.", "")]
    public void AnEventATestShowsToBeTheTumoursIsNone(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    private static string Read(string text) =>
        string.Join("; ", Engines.Extract(text).AdverseEvents.OrderBy(e => e.Evidence.Start).Select(Describe));

    private static string Describe(AdverseEventFact fact) =>
        $"{fact.Term}:{fact.Grade?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}:{string.Join('+', fact.Therapy.Order(StringComparer.Ordinal))}";
}
