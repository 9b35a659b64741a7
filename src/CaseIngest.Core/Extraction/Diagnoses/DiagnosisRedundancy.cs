using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Which (patient, name) pairs a narrower diagnosis of the same patient makes redundant. The rules compare the
/// distinct names of each patient, so the cost grows with the number of mentions only through one pass.
/// </summary>
internal static class DiagnosisRedundancy
{
    public static HashSet<(string Patient, string Name)> Find(
        IEnumerable<(string Patient, string Name, IReadOnlyList<string> Broader)> mentions,
        IReadOnlySet<string> histologies,
        Func<string, bool> isCancer)
    {
        var redundant = new HashSet<(string, string)>();
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (patient, name, broader) in mentions)
        {
            foreach (var wider in broader)
            {
                redundant.Add((patient, wider));
            }

            if (!names.TryGetValue(patient, out var list))
            {
                names[patient] = list = [];
            }

            if (!list.Contains(name))
            {
                list.Add(name);
            }
        }

        foreach (var (patient, list) in names)
        {
            var oneHistology = HistologyCount(list, histologies) <= 1;
            foreach (var name in list)
            {
                if (IsRedundant(name, list, histologies, isCancer, oneHistology))
                {
                    redundant.Add((patient, name));
                }
            }
        }

        return redundant;
    }

    /// <summary>
    /// The (patient, name) pairs whose OncoTree node is the main type or tissue of another diagnosis of the same patient
    /// ("soft tissue sarcoma" beside "undifferentiated pleomorphic sarcoma", "breast cancer" beside a breast carcinoma).
    /// </summary>
    public static IEnumerable<(string Patient, string Name)> BroaderNodes(IEnumerable<(string Patient, string Name)> distinct, Func<string, OncoTreeNode?> nodeOf)
    {
        var nodes = distinct.Select(d => (d.Patient, d.Name, Node: nodeOf(d.Name))).Where(d => d.Node is not null).ToList();
        foreach (var (patient, name, node) in nodes)
        {
            foreach (var (otherPatient, otherName, other) in nodes)
            {
                if (otherPatient == patient && otherName != name && other!.Code != node!.Code && !InSitu(otherName)
                    && (string.Equals(name, other.MainType, StringComparison.OrdinalIgnoreCase) || string.Equals(node.Name, other.Tissue, StringComparison.Ordinal)))
                {
                    yield return (patient, name);
                    break;
                }
            }
        }
    }

    /// <summary>The patient's distinct bare histologies, not counting one that ends another ("carcinoma" in "adenocarcinoma").</summary>
    private static int HistologyCount(List<string> names, IReadOnlySet<string> histologies)
    {
        var count = 0;
        foreach (var name in names)
        {
            if (histologies.Contains(name)
                && !names.Exists(other => other != name && histologies.Contains(other) && other.EndsWith(name, StringComparison.Ordinal)))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsRedundant(string name, List<string> others, IReadOnlySet<string> histologies, Func<string, bool> isCancer, bool oneHistology)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var siteCancer = space > 0 && name.EndsWith(" cancer", StringComparison.Ordinal) && name.IndexOf(' ', space + 1) < 0;
        foreach (var other in others)
        {
            // an in situ neoplasm stands for no invasive one ("melanoma in situ" beside "melanoma")
            if (other == name || InSitu(other))
            {
                continue;
            }

            // a cancer name inside a longer one ("ductal carcinoma" in "invasive ductal carcinoma")
            if (other.Length > name.Length && isCancer(name) && ContainsWords(other, name))
            {
                return true;
            }

            // a bare histology gives way to a named cancer ("adenocarcinoma" beside "intrahepatic cholangiocarcinoma"),
            // but not to one of another histology ("squamous cell carcinoma" beside "basal cell carcinoma"), nor, when
            // the patient has two, to a cancer named by its site ("adenocarcinoma" and "squamous cell carcinoma" beside
            // "non-small cell lung cancer")
            if (histologies.Contains(name) && !histologies.Contains(other) && isCancer(other)
                && !OtherHistology(name, other) && (oneHistology || !other.EndsWith(" cancer", StringComparison.Ordinal)))
            {
                return true;
            }

            // a carcinoma named only by its grade gives way to any named carcinoma ("poorly differentiated carcinoma"
            // beside the "combined hepatocellular cholangiocarcinoma" the resection showed), of whatever histology
            if (GradeOnly.Contains(name) && !GradeOnly.Contains(other)
                && (other.EndsWith("carcinoma", StringComparison.Ordinal) || other.EndsWith(" cancer", StringComparison.Ordinal)))
            {
                return true;
            }

            // "<site> cancer" gives way to a named cancer of the same site ("cervical cancer" to "cervical adenosquamous carcinoma")
            if (siteCancer && isCancer(other) && other.StartsWith(name.AsSpan(0, space + 1), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Carcinomas named by their grade of differentiation alone, which say nothing of histology or site.</summary>
    private static readonly string[] GradeOnly = ["poorly differentiated carcinoma", "undifferentiated carcinoma", "high-grade carcinoma"];

    /// <summary>
    /// The (patient, name) pairs whose OncoTree node another name of the same patient, written earlier, already holds:
    /// one diagnosis under two names ("breast carcinoma" and "breast cancer", "ductal adenocarcinoma" and "invasive
    /// ductal carcinoma"); the first name written stays.
    /// </summary>
    public static IEnumerable<(string Patient, string Name)> SameNode(IEnumerable<(string Patient, string Name)> inTextOrder, Func<string, OncoTreeNode?> nodeOf)
    {
        var held = new Dictionary<(string Patient, string Code), string>();
        foreach (var (patient, name) in inTextOrder)
        {
            if (nodeOf(name) is { } node && !held.TryAdd((patient, node.Code), name) && held[(patient, node.Code)] != name)
            {
                yield return (patient, name);
            }
        }
    }

    /// <summary>
    /// The (patient, name) pairs of a tumour named only by its site, whose OncoTree node is the site's tissue ("a
    /// pancreatic tumor", "an ovarian neoplasm"), when the patient has another neoplasm: the one the report goes on to
    /// name ("neuroendocrine tumor", "colon adenocarcinoma" with its ovarian metastases). Alone, it stays the diagnosis.
    /// </summary>
    public static IEnumerable<(string Patient, string Name)> SiteTumors(
        IReadOnlyList<(string Patient, string Name)> distinct, Func<string, OncoTreeNode?> nodeOf, Func<string, string?> parentOf, Func<string, bool> isNeoplasm)
    {
        bool IsSiteTumor(string name) =>
            (name.EndsWith(" tumor", StringComparison.Ordinal) || name.EndsWith(" neoplasm", StringComparison.Ordinal))
            && nodeOf(name) is { } node && parentOf(node.Code) == "TISSUE";

        foreach (var (patient, name) in distinct)
        {
            if (IsSiteTumor(name) && distinct.Any(d => d.Patient == patient && d.Name != name && isNeoplasm(d.Name) && !IsSiteTumor(d.Name)))
            {
                yield return (patient, name);
            }
        }
    }

    /// <summary>Whether <paramref name="other"/> names a histology that is neither <paramref name="histology"/> nor one of its kinds.</summary>
    private static bool OtherHistology(string histology, string other)
    {
        foreach (var named in NamedHistologies)
        {
            if (other.Contains(named, StringComparison.Ordinal) && !named.Contains(histology, StringComparison.Ordinal)
                && !histology.Contains(named, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Histologies that tell carcinomas, sarcomas and lymphomas apart whatever the organ.</summary>
    private static readonly string[] NamedHistologies =
    [
        "adenocarcinoma", "squamous cell carcinoma", "basal cell carcinoma", "small cell carcinoma", "urothelial carcinoma",
        "neuroendocrine", "melanoma", "sarcoma", "lymphoma", "leukemia", "mesothelioma",
    ];

    private static bool InSitu(string name) => name.EndsWith(" in situ", StringComparison.Ordinal);

    private static bool ContainsWords(string longer, string name)
    {
        // a name after "non-" is denied, not narrowed: "hodgkin lymphoma" is no part of "non-hodgkin lymphoma"
        var index = longer.IndexOf(name, StringComparison.Ordinal);
        return index >= 0 && (index == 0 || longer[index - 1] == ' ' || (longer[index - 1] == '-' && !longer.AsSpan(0, index).EndsWith("non-", StringComparison.Ordinal)))
            && (index + name.Length == longer.Length || longer[index + name.Length] == ' ');
    }
}
