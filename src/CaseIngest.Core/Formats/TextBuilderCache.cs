using System.Text;

namespace CaseIngest.Core.Formats;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread for the text of markup elements, so each element costs only
/// its final string. A builder taken and not yet given back is never handed out twice (nested use gets a new one).
/// </summary>
internal static class TextBuilderCache
{
    private const int MaxKeptCapacity = 32 * 1024;

    [ThreadStatic]
    private static StringBuilder? _cached;

    public static StringBuilder Acquire()
    {
        var builder = _cached;
        if (builder is null)
        {
            return new StringBuilder();
        }

        _cached = null;
        builder.Clear();
        return builder;
    }

    /// <summary>The builder's first <paramref name="length"/> characters (all when shorter); the builder is given back.</summary>
    public static string ToStringAndRelease(StringBuilder builder, int length)
    {
        var text = builder.ToString(0, Math.Min(length, builder.Length));
        Release(builder);
        return text;
    }

    /// <summary>The builder's text without leading and trailing white space (as <see cref="string.Trim()"/>); the builder is given back.</summary>
    public static string ToTrimmedStringAndRelease(StringBuilder builder)
    {
        var (start, end) = Trimmed(builder);
        var text = builder.ToString(start, end - start);
        Release(builder);
        return text;
    }

    /// <summary>The range of the builder's text without leading and trailing white space (as <see cref="string.Trim()"/>).</summary>
    public static (int Start, int End) Trimmed(StringBuilder builder)
    {
        var start = 0;
        var end = builder.Length;
        while (start < end && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>Gives the builder back for the next element.</summary>
    public static void Release(StringBuilder builder)
    {
        if (builder.Capacity <= MaxKeptCapacity)
        {
            _cached = builder;
        }
    }
}
