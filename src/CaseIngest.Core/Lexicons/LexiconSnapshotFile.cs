namespace CaseIngest.Core.Lexicons;

/// <summary>
/// A lexicon snapshot file, read for one lexicon at a time. A snapshot that is missing, of another build or damaged is
/// not used: the caller builds the lexicon from its tables, and the file says why in one line to its log (for the file
/// beside the engine, standard error, once per process), so a slow start has a visible cause. No document text is logged.
/// </summary>
internal sealed class LexiconSnapshotFile(string path, TextWriter log)
{
    private int _reported;

    /// <summary>The snapshot shipped beside the engine's assembly.</summary>
    public static LexiconSnapshotFile Beside { get; } = new(Path.Combine(AppContext.BaseDirectory, LexiconSnapshot.FileName), Console.Error);

    /// <summary>The lexicon <paramref name="read"/> finds in the file's bytes; null, reported once, when the file is missing, of another build or damaged.</summary>
    public T? TryRead<T>(Func<byte[], T?> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!LexiconSnapshot.IsAvailable)
        {
            // this runtime gives no build id to match (Native AOT): the tables are the only source, nothing to report
            return null;
        }

        string reason;
        try
        {
            if (!File.Exists(path))
            {
                reason = "is missing";
            }
            else if (read(File.ReadAllBytes(path)) is { } lexicon)
            {
                return lexicon;
            }
            else
            {
                reason = "is of another build";
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LexiconException or ArgumentException)
        {
            reason = "cannot be read (" + ex.GetType().Name + ")";
        }

        if (Interlocked.Exchange(ref _reported, 1) == 0)
        {
            log.WriteLine($"CaseIngest.Core: the lexicon snapshot {Path.GetFileName(path)} {reason}; the lexicons are built from their tables instead.");
        }

        return null;
    }
}
