using System.Security.Cryptography;
using System.Text;

namespace CaseIngest.Storage.Keys;

/// <summary>
/// Turns arbitrary text (blob names, DOIs, drug names) into Table storage key material. The characters Table keys
/// forbid (<c>/ \ # ?</c>, U+0000–U+001F, U+007F–U+009F), the index separator <c>|</c> and the escape character
/// <c>%</c> become <c>%XX</c>; everything else, non-ASCII included, is kept. Long values are cut and suffixed with a
/// hash so keys stay well under the 1 KiB limit (and the 255-byte RowKey limit of Cosmos DB for Table).
/// </summary>
public static class KeyEncoding
{
    /// <summary>Longest encoded value, in UTF-8 bytes, before it is shortened.</summary>
    public const int MaxEncodedBytes = 200;

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (MustEscape(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        var encoded = builder.ToString();
        if (Encoding.UTF8.GetByteCount(encoded) <= MaxEncodedBytes)
        {
            return encoded;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16];
        var cut = 120;
        while (cut > 0 && (char.IsHighSurrogate(encoded[cut - 1]) || EndsInsideEscape(encoded, cut)))
        {
            cut--;
        }

        return string.Concat(encoded.AsSpan(0, cut), "~", hash);
    }

    /// <summary>Whether <paramref name="key"/> can be used as a PartitionKey or RowKey as it is.</summary>
    public static bool IsValidKey(string key) =>
        key.Length > 0 && Encoding.UTF8.GetByteCount(key) <= 1024 && !key.Any(c => c is '/' or '\\' or '#' or '?' || IsControl(c));

    private static bool MustEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' or '|' || IsControl(c);

    private static bool IsControl(char c) => c <= '\u001F' || (c >= '\u007F' && c <= '\u009F');

    private static bool EndsInsideEscape(string encoded, int cut) =>
        (cut >= 1 && encoded[cut - 1] == '%') || (cut >= 2 && encoded[cut - 2] == '%');
}
