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

    /// <summary>Whether <paramref name="text"/> holds any variant; most texts hold none and are kept as they are.</summary>
    public static bool Any(ReadOnlySpan<char> text) => text.ContainsAny(Variants);

    /// <summary><paramref name="text"/> with every variant in its plain spelling (the same instance when it holds none).</summary>
    public static string Plain(string text)
    {
        var first = text.AsSpan().IndexOfAny(Variants);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            Append(builder, text[i]);
        }

        return builder.ToString();
    }

    /// <summary>A soft hyphen or zero-width character, which has no plain spelling.</summary>
    public static bool IsDropped(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>Appends <paramref name="c"/> in its plain spelling: nothing, one character or a ligature's letters.</summary>
    public static void Append(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\u00A0' or '\u2007' or '\u2009' or '\u200A' or '\u202F':
                builder.Append(' ');
                break;
            case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                break;
            case '\u2010' or '\u2011':
                builder.Append('-');
                break;
            case '\uFB00':
                builder.Append("ff");
                break;
            case '\uFB01':
                builder.Append("fi");
                break;
            case '\uFB02':
                builder.Append("fl");
                break;
            case '\uFB03':
                builder.Append("ffi");
                break;
            case '\uFB04':
                builder.Append("ffl");
                break;
            case >= FullWidthFirst and <= FullWidthLast:
                builder.Append((char)(c - FullWidthOffset));
                break;
            default:
                builder.Append(c);
                break;
        }
    }
}
