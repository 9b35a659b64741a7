using System.Security.Cryptography;
using System.Text;

namespace CaseIngest.Core;

/// <summary>Stable record ids: the same document name always maps to the same id.</summary>
public static class RecordIds
{
    /// <summary>32 lower-case hex characters of SHA-256 over the UTF-8 name; safe in Table keys and URLs.</summary>
    public static string FromName(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    public static string Sha256Hex(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }
}
