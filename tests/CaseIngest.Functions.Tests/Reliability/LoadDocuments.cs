using System.Globalization;
using System.Text;

namespace CaseIngest.Functions.Tests.Reliability;

/// <summary>Generated case reports for load runs: each one different, about 1.5 KB, with drugs, markers, outcomes and adverse events.</summary>
internal static class LoadDocuments
{
    private static readonly string[] Drugs = ["pembrolizumab", "nivolumab", "cisplatin", "carboplatin", "paclitaxel", "trastuzumab", "osimertinib", "imatinib"];
    private static readonly string[] Diagnoses = ["sarcoma", "non-small cell lung cancer", "melanoma", "breast cancer", "gastrointestinal stromal tumour"];
    private static readonly string[] Markers = ["PD-L1", "HER2", "EGFR", "ALK", "KIT"];
    private static readonly string[] Outcomes = ["partial response", "complete response", "stable disease", "progressive disease"];
    private static readonly string[] Events = ["rash", "diarrhoea", "fatigue", "neutropenia", "hepatitis"];

    public static byte[] Make(int i)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Case report {i}\n\nCase presentation\n");
        text.Append(CultureInfo.InvariantCulture, $"A {40 + (i % 45)}-year-old {(i % 2 == 0 ? "man" : "woman")} with {Diagnoses[i % Diagnoses.Length]} was treated with ");
        text.Append(CultureInfo.InvariantCulture, $"{Drugs[i % Drugs.Length]} {100 + (i % 9 * 25)} mg every 3 weeks and {Drugs[(i / 3 + 1) % Drugs.Length]}. ");
        text.Append(CultureInfo.InvariantCulture, $"{Markers[i % Markers.Length]} expression was {i % 100}%. ");
        text.Append(CultureInfo.InvariantCulture, $"After {1 + (i % 6)} cycles, imaging showed a {Outcomes[i % Outcomes.Length]}. ");
        text.Append(CultureInfo.InvariantCulture, $"Grade {1 + (i % 3)} {Events[i % Events.Length]} occurred and resolved.\n\n");
        text.Append("Discussion\nThis case adds to the reported experience with this treatment. ");
        while (text.Length < 1500)
        {
            text.Append("The patient was followed every three months with clinical examination and imaging. ");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
