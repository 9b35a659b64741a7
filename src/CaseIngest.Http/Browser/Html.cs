using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CaseIngest.Http.Browser;

/// <summary>Encoding of text and attribute values for the server-rendered pages (non-ASCII text kept readable).</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => text is null ? "" : Encoder.Encode(text);

    public static string E(double? value) => value is null ? "" : value.Value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string E(int? value) => value is null ? "" : value.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An id made of letters, digits and dashes from any text (for element ids built from values).</summary>
    public static string Id(string text) => new([.. text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
}
