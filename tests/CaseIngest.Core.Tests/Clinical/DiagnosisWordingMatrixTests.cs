namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// Each way of stating a diagnosis reads names of every kind: OncoTree names across tissues, cancers written as
/// "&lt;histology&gt; of the &lt;organ&gt;", and common conditions outside the cancer vocabularies. Each frame that states the
/// diagnosis finds at least nine in ten of the names; each frame that rules it out, weighs it, gives it to a relative or
/// only suspects it gives at most one in ten.
/// </summary>
public sealed class DiagnosisWordingMatrixTests
{
    private const string Opening = "A 62-year-old woman was admitted to our hospital. ";

    private static readonly string[] Names =
    [
        "dysgerminoma", "dedifferentiated chordoma", "bladder adenocarcinoma", "microcystic adnexal carcinoma", "cholangiocarcinoma",
        "pleural mesothelioma", "enteropathy-associated t-cell lymphoma", "thymoma", "uveal melanoma", "adrenocortical carcinoma",
        "periosteal osteosarcoma", "acute myelomonocytic leukemia",
        "adenocarcinoma of the pancreas", "squamous cell carcinoma of the esophagus", "papillary carcinoma of the thyroid", "carcinoma of the gallbladder",
        "thyroid storm", "polymyalgia rheumatica", "iga nephropathy", "bacterial meningitis", "aortic dissection", "infective endocarditis", "deep vein thrombosis",
    ];

    // the name the record gives a name written with its organ after "of the"
    private static readonly Dictionary<string, string> Read = new(StringComparer.Ordinal)
    {
        ["adenocarcinoma of the pancreas"] = "pancreatic adenocarcinoma",
        ["squamous cell carcinoma of the esophagus"] = "esophageal squamous cell carcinoma",
        ["papillary carcinoma of the thyroid"] = "papillary thyroid",
        ["carcinoma of the gallbladder"] = "gallbladder",
    };

    public static TheoryData<string> Stating =>
    [
        "She was diagnosed with {0}.",
        "A diagnosis of {0} was made.",
        "{1} was diagnosed on the basis of these findings.",
        "The findings were consistent with {0}.",
        "A biopsy confirmed {0}.",
        "Histology revealed {0}.",
        "The final diagnosis was {0}.",
        "\n\nDiagnosis: {0}\n",
        "Pathological examination showed {0}.",
        "{1} was confirmed by biopsy.",
        "Immunohistochemistry supported the diagnosis of {0}.",
        "Three weeks later, {0} was diagnosed.",
        "She was subsequently diagnosed as having {0}.",
        "She had newly diagnosed {0}.",
    ];

    public static TheoryData<string> NotStating =>
    [
        "{1} was ruled out.",
        "The differential diagnosis included {0}.",
        "Her mother had {0}.",
        "A biopsy was performed to exclude {0}.",
        "There was no evidence of {0}.",
        "{1} was suspected but not confirmed.",
        "{1} was initially suspected on imaging.",
    ];

    [Theory]
    [MemberData(nameof(Stating))]
    public void AFrameThatStatesTheDiagnosisFindsNineInTenNames(string frame)
    {
        var share = Share(frame);
        Assert.True(share >= 0.9, $"'{frame}' found {share:P0} of the names.");
    }

    [Theory]
    [MemberData(nameof(NotStating))]
    public void AFrameThatDoesNotStateItFindsAtMostOneInTen(string frame)
    {
        var share = Share(frame);
        Assert.True(share <= 0.1, $"'{frame}' found {share:P0} of the names.");
    }

    private static double Share(string frame)
    {
        var found = 0;
        foreach (var name in Names)
        {
            var text = Opening + string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, name, char.ToUpperInvariant(name[0]) + name[1..]);
            var expected = Read.TryGetValue(name, out var read) ? read : name;
            found += ClinicalRun.Run(text).Diagnoses.Any(d => d.Name.Contains(expected, StringComparison.Ordinal)) ? 1 : 0;
        }

        return (double)found / Names.Length;
    }
}
