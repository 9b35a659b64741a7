namespace CaseIngest.Core.Model;

/// <summary>A dose: unit in canonical spelling (mg, mg/kg, mg/m2, g, µg, AUC …).</summary>
public sealed record Dose(double Value, string Unit);
