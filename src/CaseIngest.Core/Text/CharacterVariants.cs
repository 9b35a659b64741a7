using System.Buffers;
using System.Text;

namespace CaseIngest.Core.Text;

/// <summary>
/// Typographic variants that converted files carry in place of plain characters, and their plain spelling:
/// <list type="table">
/// <item><term>"500\u00A0mg", "18\u2009months", "60\u202FGy"</term><description>no-break, thin, hair and figure spaces are a space</description></item>
/// <item><term>"pem\u00ADbrolizumab", "\u200Bcarboplatin", "\uFEFF"</term><description>soft hyphens and zero-width characters are dropped</description></item>
/// <item><term>"PD\u2010L1", "63\u2011year\u2011old"</term><description>the Unicode hyphen and non-breaking hyphen are a hyphen-minus</description></item>
/// <item><term>"con\uFB01rmed", "\uFB02uorouracil"</term><description>ligatures are their letters</description></item>
/// <item><term>"５００ mg", "ＣＴ"</term><description>full-width forms are ASCII</description></item>
/// </list>
/// The Greek mu and the micro sign stay as written: titles quote them, and the unit readers take both.
/// </summary>
public static class CharacterVariants
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = FullWidthFirst - '!';

    private static readonly SearchValues<char> Variants = SearchValues.Create(
        "\u00A0\u2007\u2009\u200A\u202F\u00AD\u200B\u200C\u200D\u2060\uFEFF\u2010\u2011\uFB00\uFB01\uFB02\uFB03\uFB04"
        + string.Concat(Enumerable.Range(FullWidthFirst, FullWidthLast - FullWidthFirst + 1).Select(c => (char)c)));

    /// <summary>The ASCII spelling of each full-width form, in order.</summary>
    private static readonly string[] FullWidth =
        [.. Enumerable.Range(FullWidthFirst, FullWidthLast - FullWidthFirst + 1).Select(c => ((char)(c - FullWidthOffset)).ToString())];

    /// <summary>Whether <paramref name="text"/> holds any variant; most texts hold none and are kept as they are.</summary>
    public static bool Any(ReadOnlySpan<char> text) => text.ContainsAny(Variants);

    /// <summary><paramref name="text"/> with every variant in its plain spelling (the same instance when it holds none).</summary>
    public static string Plain(string text) => Any(text) ? Plain(text, [(0, text.Length)]) : text;

    /// <summary>
    /// The parts [start, end) of <paramref name="text"/> joined, every variant in its plain spelling, measured and
    /// then written into one string (the same instance when the one part is the whole text and holds no variant).
    /// </summary>
    public static string Plain(string text, IReadOnlyList<(int Start, int End)> parts)
    {
        if (parts is [var only] && only == (0, text.Length) && !Any(text))
        {
            return text;
        }

        var length = 0;
        foreach (var (start, end) in parts)
        {
            for (var i = start; i < end; i++)
            {
                length += Spelling(text[i]) is { } spelling ? spelling.Length : 1;
            }
        }

        return string.Create(length, (text, parts), static (plain, state) =>
        {
            var at = 0;
            foreach (var (start, end) in state.parts)
            {
                for (var i = start; i < end; i++)
                {
                    var c = state.text[i];
                    if (Spelling(c) is not { } spelling)
                    {
                        plain[at++] = c;
                        continue;
                    }

                    spelling.CopyTo(plain[at..]);
                    at += spelling.Length;
                }
            }
        });
    }

    /// <summary>A soft hyphen or zero-width character, which has no plain spelling.</summary>
    public static bool IsDropped(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>Appends <paramref name="c"/> in its plain spelling: nothing, one character or a ligature's letters.</summary>
    public static void Append(StringBuilder builder, char c)
    {
        if (Spelling(c) is { } spelling)
        {
            builder.Append(spelling);
        }
        else
        {
            builder.Append(c);
        }
    }

    /// <summary>The plain spelling of a variant (nothing, one character or a ligature's letters); null for any other character.</summary>
    private static string? Spelling(char c) => c switch
    {
        '\u00A0' or '\u2007' or '\u2009' or '\u200A' or '\u202F' => " ",
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => string.Empty,
        '\u2010' or '\u2011' => "-",
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        >= FullWidthFirst and <= FullWidthLast => FullWidth[c - FullWidthFirst],
        _ => null,
    };
}
