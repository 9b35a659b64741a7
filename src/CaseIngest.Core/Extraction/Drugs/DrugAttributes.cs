using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>What the text states about one administration: dose, route, frequency and number of cycles; each nullable.</summary>
public sealed record DrugAttributes(Dose? Dose, string? Route, Frequency? Frequency, int? Cycles)
{
    public static DrugAttributes None { get; } = new(null, null, null, null);

    /// <summary>This, with every null field taken from <paramref name="other"/>; this itself when <paramref name="other"/> fills none.</summary>
    public DrugAttributes Or(DrugAttributes other) =>
        (Dose is not null || other.Dose is null) && (Route is not null || other.Route is null)
        && (Frequency is not null || other.Frequency is null) && (Cycles is not null || other.Cycles is null)
            ? this
            : new(Dose ?? other.Dose, Route ?? other.Route, Frequency ?? other.Frequency, Cycles ?? other.Cycles);
}
