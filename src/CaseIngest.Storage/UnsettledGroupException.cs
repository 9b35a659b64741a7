namespace CaseIngest.Storage;

/// <summary>
/// A grouping walk that still moved sources in its last round: the article index may disagree with the case rows.
/// The record whose save started the walk is marked to be saved again (<see cref="StoredState.Ungrouped"/>).
/// </summary>
public sealed class UnsettledGroupException : Exception
{
    public UnsettledGroupException()
        : base("The grouping did not settle within its rounds.")
    {
    }

    public UnsettledGroupException(string message)
        : base(message)
    {
    }

    public UnsettledGroupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
