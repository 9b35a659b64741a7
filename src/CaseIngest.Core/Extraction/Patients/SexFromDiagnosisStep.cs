using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Patients;

/// <summary>
/// A patient whose sex the text does not write but whose cancer arises in an organ of one sex only (cervix, uterus,
/// ovary, vulva and vagina; prostate, testis, penis, by the OncoTree tissue of the diagnosis) has that sex.
/// </summary>
public sealed class SexFromDiagnosisStep : IExtractionStep
{
    private static readonly Dictionary<string, string> SexOfTissue = new(StringComparer.Ordinal)
    {
        ["Cervix"] = "female", ["Uterus"] = "female", ["Ovary/Fallopian Tube"] = "female", ["Vulva/Vagina"] = "female",
        ["Prostate"] = "male", ["Testis"] = "male", ["Penis"] = "male",
    };

    public string Name => "sex-from-diagnosis";

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < context.Patients.Count; i++)
        {
            var patient = context.Patients[i];
            if (patient.Sex is not null)
            {
                continue;
            }

            string? sex = null;
            var conflict = false;
            foreach (var diagnosis in context.Diagnoses)
            {
                if (diagnosis.Patient == patient.Id && diagnosis.Oncotree?.Tissue is { } tissue && SexOfTissue.TryGetValue(tissue, out var implied))
                {
                    conflict |= sex is not null && sex != implied;
                    sex = implied;
                }
            }

            if (sex is not null && !conflict)
            {
                context.Patients[i] = patient with { Sex = sex };
            }
        }
    }
}
