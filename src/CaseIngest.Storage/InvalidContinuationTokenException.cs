namespace CaseIngest.Storage;

/// <summary>A continuation token that this store did not issue.</summary>
public sealed class InvalidContinuationTokenException : Exception
{
    public InvalidContinuationTokenException()
        : base("The continuation token is not valid.")
    {
    }

    public InvalidContinuationTokenException(string message)
        : base(message)
    {
    }

    public InvalidContinuationTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
