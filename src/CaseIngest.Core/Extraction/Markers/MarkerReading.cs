namespace CaseIngest.Core.Extraction.Markers;

/// <summary>What the words after (or around) one marker mention say about it; filled while reading, then resolved into a fact.</summary>
internal sealed class MarkerReading
{
    public MarkerResult? Result { get; private set; }

    public bool Explicit { get; private set; }

    public double? Value { get; set; }

    public string? Unit { get; set; }

    public string? Method { get; set; }

    public string? Variant { get; set; }

    /// <summary>The variant is a DNA change ("c.181C>A") that a protein change read later replaces.</summary>
    public bool WeakVariant { get; set; }

    /// <summary>A value stated as a range ("1-49%") or a bound ("&lt;1%"): it says the result, not the value.</summary>
    public bool Bounded { get; set; }

    public bool LessThan { get; set; }

    /// <summary>The bounds of a bounded value: "70-80%" is 70 to 80, "&lt;5%" 0 to 5, "&gt;50%" 50 and above (no upper bound).</summary>
    public (double Low, double? High)? Range { get; set; }

    /// <summary>
    /// A percentage read apart from the words after the marker (a share of cells or an index stated before it): an upper
    /// bound ("less than 1%") is a range from 0, any other figure the value.
    /// </summary>
    public void SetPercentage(double value, bool lessThan)
    {
        (Unit, LessThan) = ("%", lessThan);
        if (lessThan)
        {
            (Bounded, Range) = (true, (0, value));
        }
        else
        {
            Value = value;
        }
    }

    /// <summary>A noun that a negation turns into a negative result: "no HER2 expression".</summary>
    public bool Negatable { get; set; }

    public bool Equivocal { get; set; }

    /// <summary>A bracket after the mention gives the stain of another place only ("CD34 (vascular +)"): no result of the tumour.</summary>
    public bool OtherPlace { get; set; }

    /// <summary>A test named after the mention ("PD-L1 expression testing"): without an explicit result it says nothing.</summary>
    public bool Tested { get; set; }

    /// <summary>A mutation or sequencing test is named after the mention ("EGFR mutation testing was negative"): the verdict reads wild-type or mutated.</summary>
    public bool MutationTest { get; set; }

    /// <summary>The result is a HER2 staining score's band, which decides over a result word beside it ("HER2 negative (1+)").</summary>
    public bool Banded { get; set; }

    /// <summary>The value read is an in-situ hybridisation ratio ("HER2/CEP17 ratio 2.3"), not a staining score.</summary>
    public bool Ratio { get; set; }

    /// <summary>The mention heads a list of the markers it covers ("MMR: MLH1 intact, PMS2 lost"): no fact of its own.</summary>
    public bool Heading { get; set; }

    /// <summary>A bare number may follow ("CPS=10", "TMB: 12").</summary>
    public bool AllowBareNumber { get; set; }

    /// <summary>A trend word was read ("to", "decreased from"): the next value read is later than one read before and replaces it.</summary>
    public bool LaterValue { get; set; }

    /// <summary>The result was read after a plural verb ("… and CA-125 (88 U/mL) were elevated"): it is said of the whole list.</summary>
    public bool Plural { get; set; }

    /// <summary>The upper limit of a reference interval stated after the value ("(normal &lt; 5)").</summary>
    public double? ReferenceUpper { get; set; }

    /// <summary>A value above the stated upper limit reads high, one within it normal; a stated result stays.</summary>
    public void ApplyReference()
    {
        if (Result is null && Value is { } value && ReferenceUpper is { } upper)
        {
            Apply(value > upper ? MarkerResult.High : MarkerResult.Normal, isExplicit: true);
        }
    }

    public bool HasContent => Result is not null || Value is not null || Variant is not null || Bounded;

    /// <summary>A mutation only suggested ("variant", "alteration") reads as the rearrangement of a fusion that names its partner.</summary>
    public void ReadAsFusion()
    {
        if (Result == MarkerResult.Mutated && !Explicit)
        {
            Result = MarkerResult.Rearranged;
        }
    }

    /// <summary>Sets a result that decides over any read before it (a HER2 score's band over the word beside it).</summary>
    public void Override(MarkerResult result)
    {
        Result = result;
        Explicit = true;
    }

    /// <summary>Adds a result word, combining it with what was read before ("mutation" then MarkerResult.Negative reads wild-type).</summary>
    public void Apply(MarkerResult result, bool isExplicit)
    {
        if (Result is null)
        {
            Result = result;
            Explicit = isExplicit;
            return;
        }

        if (Explicit && !(Result is MarkerResult.Mutated or MarkerResult.Amplified or MarkerResult.Rearranged))
        {
            return;
        }

        switch (Result, result)
        {
            case (MarkerResult.Mutated, MarkerResult.Negative or MarkerResult.WildType):
                Result = MarkerResult.WildType;
                Explicit = true;
                break;
            case (MarkerResult.Mutated or MarkerResult.Amplified or MarkerResult.Rearranged, MarkerResult.Positive or MarkerResult.Mutated or MarkerResult.Amplified or MarkerResult.Rearranged):
                Explicit |= isExplicit;
                break;
            case (MarkerResult.Amplified or MarkerResult.Rearranged, MarkerResult.Negative):
                Result = MarkerResult.Negative;
                Explicit = true;
                break;
            default:
                if (!Explicit)
                {
                    Result = result;
                    Explicit = isExplicit;
                }

                break;
        }
    }

    /// <summary>Takes over what a parenthesis after the mention said: "Ki-67 (70%+)", "PD-L1 (CPS=10)".</summary>
    public void Absorb(MarkerReading inner)
    {
        if (inner.Result is { } result)
        {
            if (inner.Banded && Result is MarkerResult.Positive or MarkerResult.Negative)
            {
                Override(result);
            }

            Apply(result, inner.Explicit);
        }

        // "HER2 2+ (FISH ratio 2.4)": a hybridisation ratio read in the bracket is the marker's value
        Ratio |= inner.Ratio && Value is null && inner.Value is not null;
        Value ??= inner.Value;
        Unit ??= inner.Unit;
        Method ??= inner.Method;
        if (inner.Variant is not null && (Variant is null || (WeakVariant && !inner.WeakVariant)))
        {
            // "c.1799T>A (p.V600E)": the protein change replaces the DNA change
            Variant = inner.Variant;
            WeakVariant = inner.WeakVariant;
        }

        Bounded |= inner.Bounded;
        LessThan |= inner.LessThan;
        Range ??= inner.Range;
        Negatable |= inner.Negatable;
        Equivocal |= inner.Equivocal;
        Tested |= inner.Tested;
        MutationTest |= inner.MutationTest;
    }
}
