using System.Buffers;

namespace CaseIngest.Core.Text;

/// <summary>
/// IndexOf ignoring case (ordinal) for a needle known only at run time, with the same result as
/// <see cref="MemoryExtensions.IndexOf(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/>: candidates are
/// found by a vectorized search for the needle's first character in every form that folds to it, then compared.
/// The framework's own search goes character by character when the globalization mode is invariant.
/// </summary>
internal static class OrdinalIgnoreCase
{
    /// <summary>Per ASCII letter (index 0–25), every character that equals it ignoring case.</summary>
    private static readonly SearchValues<char>[] LetterForms = CreateLetterForms();

    public static int IndexOf(ReadOnlySpan<char> span, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        var first = value[0];
        if (!char.IsAscii(first))
        {
            return span.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        }

        var forms = char.IsAsciiLetter(first) ? LetterForms[(first | 0x20) - 'a'] : null;
        var from = 0;
        while (span.Length - from >= value.Length)
        {
            var rest = span[from..(span.Length - value.Length + 1)];
            var at = forms is null ? rest.IndexOf(first) : rest.IndexOfAny(forms);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            if (span.Slice(at, value.Length).Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    public static bool Contains(ReadOnlySpan<char> span, ReadOnlySpan<char> value) => IndexOf(span, value) >= 0;

    private static SearchValues<char>[] CreateLetterForms()
    {
        var forms = new List<char>[26];
        for (var i = 0; i < 26; i++)
        {
            forms[i] = [];
        }

        // OrdinalIgnoreCase compares characters upper-cased with the invariant culture's rules.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var upper = char.ToUpperInvariant(ch);
            if (char.IsAsciiLetterUpper(upper) && MemoryExtensions.Equals([ch], [upper], StringComparison.OrdinalIgnoreCase))
            {
                forms[upper - 'A'].Add(ch);
            }
        }

        return [.. forms.Select(f => SearchValues.Create([.. f]))];
    }
}
