namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// "Highlights", "Key points" and "Learning points" head a list of general lessons before the body of a report: the
/// diseases they name in general are not the patient's, while the case told in the abstract and the body still gives its
/// diagnosis.
/// </summary>
public sealed class DiagnosisHighlightsTests
{
    private const string Abstract =
        "Pleomorphic adenoma of the parotid gland: a case report\n\n"
        + "A 47-year-old woman presented with a painless swelling of the right parotid gland. Superficial parotidectomy was performed, and histology showed a pleomorphic adenoma.\n\n";

    private const string Body =
        "\n\nCase presentation\n\n"
        + "A 47-year-old woman presented with a painless swelling of the right parotid gland that she had noticed two years earlier. Superficial parotidectomy was performed, and histology showed a pleomorphic adenoma.";

    [Theory]
    [InlineData("Highlights", "\u2022Carcinoma ex pleomorphic adenoma develops in a minority of untreated tumours.\u2022A parotid schwannoma can mimic a salivary tumour on imaging.")]
    [InlineData("Key points", "\u2022Carcinoma ex pleomorphic adenoma develops in a minority of untreated tumours.\u2022A parotid schwannoma can mimic a salivary tumour on imaging.")]
    [InlineData("Learning points", "\u2022Carcinoma ex pleomorphic adenoma develops in a minority of untreated tumours.\u2022A parotid schwannoma can mimic a salivary tumour on imaging.")]
    public void TheLessonsOfAHighlightsListAreNotThePatients(string heading, string lessons)
    {
        var diagnoses = ClinicalRun.Run(Abstract + heading + "\n\n" + lessons + Body).Diagnoses;
        Assert.Contains(diagnoses, d => d.Name.Contains("pleomorphic adenoma", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnoses, d => d.Name.Contains("carcinoma ex", StringComparison.Ordinal) || d.Name.Contains("schwannoma", StringComparison.Ordinal));
    }
}
