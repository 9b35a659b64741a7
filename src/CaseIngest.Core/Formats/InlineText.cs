using System.Text;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Formats;

/// <summary>Whitespace normalisation for text pulled out of markup: runs of white space become one space, typographic variants their plain spelling (<see cref="CharacterVariants"/>).</summary>
internal static class InlineText
{
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        Append(builder, text);
        return builder.ToString().Trim();
    }

    /// <summary>Appends <paramref name="text"/> collapsing white space, also across the join with what is already there.</summary>
    public static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = true;
                continue;
            }

            if (CharacterVariants.IsDropped(c))
            {
                continue;
            }

            if (pendingSpace && builder.Length > 0 && builder[^1] != ' ' && builder[^1] != '\n')
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            CharacterVariants.Append(builder, c);
        }

        if (pendingSpace && builder.Length > 0 && builder[^1] != ' ' && builder[^1] != '\n')
        {
            builder.Append(' ');
        }
    }

    public static string? NullIfEmpty(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var collapsed = Collapse(text);
        return collapsed.Length == 0 ? null : collapsed;
    }
}
