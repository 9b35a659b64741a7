using System.Buffers.Text;
using System.Text;

namespace CaseIngest.Storage.Keys;

/// <summary>Opaque page tokens: the last key returned, base64url. Pages resume with "RowKey/PartitionKey gt last".</summary>
internal static class ContinuationTokens
{
    private const string Prefix = "v1:";

    public static string Create(string lastKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + lastKey));

    public static string? Read(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException ex)
        {
            throw new InvalidContinuationTokenException("The continuation token is not valid.", ex);
        }

        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length == Prefix.Length || !KeyEncoding.IsValidKey(text[Prefix.Length..]))
        {
            throw new InvalidContinuationTokenException();
        }

        return text[Prefix.Length..];
    }
}
