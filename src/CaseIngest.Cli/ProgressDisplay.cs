namespace CaseIngest.Cli;

/// <summary>
/// Progress of a batch on the error stream: on a terminal one line redrawn in place with a bar; when the stream is
/// redirected (a log file, a pipe) no carriage returns, only a plain line at each tenth of the way and at the end.
/// </summary>
internal sealed class ProgressDisplay(TextWriter error, bool interactive, string verb, int total)
{
    private const int BarWidth = 24;

    private readonly object _gate = new();
    private int _done;
    private int _lastTenth;
    private bool _drawn;

    public void Advance()
    {
        lock (_gate)
        {
            _done++;
            if (interactive)
            {
                var filled = total == 0 ? BarWidth : _done * BarWidth / total;
                error.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {verb} {_done}/{total}");
                _drawn = true;
                return;
            }

            var tenth = total == 0 ? 10 : _done * 10 / total;
            if (_done == total || tenth > _lastTenth)
            {
                _lastTenth = tenth;
                error.WriteLine($"{verb} {_done}/{total}");
            }
        }
    }

    /// <summary>Writes a line of its own (a file's outcome) without breaking the bar.</summary>
    public void Line(TextWriter writer, string line)
    {
        lock (_gate)
        {
            if (_drawn && ReferenceEquals(writer, error))
            {
                error.Write('\r' + new string(' ', BarWidth + verb.Length + 16) + '\r');
            }

            writer.WriteLine(line);
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_drawn)
            {
                error.WriteLine();
                _drawn = false;
            }
        }
    }
}
