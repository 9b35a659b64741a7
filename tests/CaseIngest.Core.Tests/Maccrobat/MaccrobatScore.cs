namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// Counts of one category over the documents of one half (micro-average). Recall is over gold items; precision over the
/// engine facts that could be judged: correct / (correct + wrong), leaving unjudged facts out.
/// </summary>
internal sealed class MaccrobatScore
{
    public int Gold { get; private set; }

    public int Found { get; private set; }

    public int Correct { get; private set; }

    public int Wrong { get; private set; }

    public int Unjudged { get; private set; }

    /// <summary>Nothing judged counts as full precision: nothing wrong was said.</summary>
    public double Precision => Correct + Wrong == 0 ? 1.0 : (double)Correct / (Correct + Wrong);

    /// <summary>No gold items counts as full recall: nothing was missed.</summary>
    public double Recall => Gold == 0 ? 1.0 : (double)Found / Gold;

    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public void AddGold(bool found)
    {
        Gold++;
        Found += found ? 1 : 0;
    }

    public void AddFact(Verdict verdict)
    {
        switch (verdict)
        {
            case Verdict.Correct:
                Correct++;
                break;
            case Verdict.Wrong:
                Wrong++;
                break;
            default:
                Unjudged++;
                break;
        }
    }
}
