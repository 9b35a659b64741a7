namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>A course of radiotherapy as one statement of the text describes it, before statements of the same course are merged.</summary>
internal sealed class RadiotherapyCourse
{
    public required string Patient { get; init; }

    public required string Status { get; set; }

    /// <summary>Whether the statement names radiotherapy itself, not only a dose in Gy.</summary>
    public bool Named { get; init; }

    public double? TotalDoseGy { get; set; }

    public int? Fractions { get; set; }

    public double? DosePerFractionGy { get; set; }

    public string? Technique { get; set; }

    public string? Site { get; set; }

    public int Start { get; set; }

    /// <summary>Whether a statement of the course says it was delivered (a dose, "received", "underwent", "after radiotherapy").</summary>
    public bool Delivered { get; set; }

    public int End { get; set; }

    /// <summary>Where the last statement folded into this course starts (<see cref="RadiotherapyCourseMerger"/>); its own start until then.</summary>
    public int LastStart
    {
        get => _lastStart ?? Start;
        set => _lastStart = value;
    }

    private int? _lastStart;

    public bool HasDose => TotalDoseGy is not null || DosePerFractionGy is not null || Fractions is not null;

    /// <summary>Fills the missing one of total, fractions and dose per fraction when the other two are known.</summary>
    public void Complete()
    {
        if (TotalDoseGy is null && DosePerFractionGy is { } per && Fractions is { } n)
        {
            TotalDoseGy = Math.Round(per * n, 2);
        }
        else if (DosePerFractionGy is null && TotalDoseGy is { } total && Fractions is { } count && count > 0)
        {
            DosePerFractionGy = Math.Round(total / count, 2);
        }
        else if (Fractions is null && TotalDoseGy is { } sum && DosePerFractionGy is { } each && each > 0
            && Math.Abs((sum / each) - Math.Round(sum / each)) < 0.001)
        {
            Fractions = (int)Math.Round(sum / each);
        }
    }
}
