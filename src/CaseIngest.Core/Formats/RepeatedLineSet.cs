using CaseIngest.Core.Text;

namespace CaseIngest.Core.Formats;

/// <summary>
/// The short lines of a converted file that occur on several pages (running heads and footers), compared with every
/// run of digits read as one "0" and the line trimmed:
/// <list type="table">
/// <item><term>"Page 3 of 12", "Page 4 of 12", "Page 5 of 12"</term><description>one line, "Page 0 of 0", repeated</description></item>
/// <item><term>"J Clin Oncol 2021;39:1-8" three times</term><description>repeated</description></item>
/// <item><term>"# Case report" or "| a | b |" three times</term><description>not counted: headings and table rows are no furniture</description></item>
/// </list>
/// Lines are counted first by a hash of their form, so that only a line whose hash repeats costs a string.
/// </summary>
internal static class RepeatedLineSet
{
    private const int MinRepeats = 3;
    private const int MinLength = 4;
    private const int MaxLength = 120;

    /// <summary>The forms of the lines of <paramref name="text"/> that occur at least three times.</summary>
    public static HashSet<string> Of(string text, List<(int Start, int End)> lines)
    {
        var hashes = new Dictionary<int, int>();
        Span<char> form = stackalloc char[MaxLength];
        foreach (var (start, end) in lines)
        {
            if (Counted(text, start, end) is { IsEmpty: false } line)
            {
                var hash = string.GetHashCode(form[..Normalise(line, form)]);
                hashes[hash] = hashes.GetValueOrDefault(hash) + 1;
            }
        }

        var repeats = new HashSet<string>(StringComparer.Ordinal);
        if (!AnyRepeated(hashes))
        {
            return repeats;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (start, end) in lines)
        {
            if (Counted(text, start, end) is { IsEmpty: false } line)
            {
                var normalised = form[..Normalise(line, form)];
                if (hashes[string.GetHashCode(normalised)] >= MinRepeats)
                {
                    var key = normalised.ToString();
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        foreach (var (key, count) in counts)
        {
            if (count >= MinRepeats)
            {
                repeats.Add(key);
            }
        }

        return repeats;
    }

    private static bool AnyRepeated(Dictionary<int, int> hashes)
    {
        foreach (var count in hashes.Values)
        {
            if (count >= MinRepeats)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the form of <paramref name="line"/> is one of <paramref name="repeats"/>.</summary>
    public static bool Contains(HashSet<string> repeats, ReadOnlySpan<char> line)
    {
        var buffer = ScratchArrays.Rent<char>(Math.Max(line.Length, 1));
        try
        {
            return repeats.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer.AsSpan(0, Normalise(line, buffer)));
        }
        finally
        {
            ScratchArrays.Return(buffer);
        }
    }

    /// <summary>The trimmed line when it may be furniture (4 to 120 characters, no heading, no table row); empty otherwise.</summary>
    private static ReadOnlySpan<char> Counted(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start).Trim();
        return line.Length is < MinLength or > MaxLength || line[0] == '#' || line[0] == '|' ? [] : line;
    }

    /// <summary>Writes <paramref name="line"/> trimmed, each run of digits as one "0", into <paramref name="form"/>; returns its length.</summary>
    private static int Normalise(ReadOnlySpan<char> line, Span<char> form)
    {
        line = line.Trim();
        var length = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (!char.IsDigit(line[i]))
            {
                form[length++] = line[i];
            }
            else if (i == 0 || !char.IsDigit(line[i - 1]))
            {
                form[length++] = '0';
            }
        }

        return length;
    }
}
