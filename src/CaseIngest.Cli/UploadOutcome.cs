namespace CaseIngest.Cli;

/// <summary>What became of one uploaded file: its record with counts, its rejection, or nothing within the wait.</summary>
internal sealed record UploadOutcome(string Name, bool Ingested, string Description)
{
    public override string ToString() => Name + ": " + Description;
}
