namespace CaseIngest.Storage;

/// <summary>
/// Which document names are accepted. Blob URLs are built from the name, so a name must not be able to leave its
/// container through dot segments (<c>../</c>, <c>./</c>, with either slash) and must not end in a dot or a slash
/// (Blob storage trims those). Control characters, unpaired surrogates and names over 1,024 characters are refused.
/// </summary>
public static class BlobNames
{
    public const int MaxLength = 1024;

    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || name[^1] is '.' or '/' or '\\')
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c <= '\u001F' || (c >= '\u007F' && c <= '\u009F'))
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= name.Length || !char.IsLowSurrogate(name[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        foreach (var segment in name.Split('/', '\\'))
        {
            if (segment is "." or "..")
            {
                return false;
            }
        }

        return name[0] is not ('/' or '\\');
    }

    /// <summary>
    /// The name as it may be shown or stored in a row: control characters and unpaired surrogates become U+FFFD, and
    /// it is cut to <see cref="MaxLength"/> characters.
    /// </summary>
    public static string ForDisplay(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var length = Math.Min(name.Length, MaxLength);
        var builder = new System.Text.StringBuilder(length + 1);
        for (var i = 0; i < length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(name[i + 1]))
            {
                builder.Append(c).Append(name[++i]);
            }
            else
            {
                builder.Append(c <= '\u001F' || (c >= '\u007F' && c <= '\u009F') || char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return name.Length > MaxLength ? builder.Append('…').ToString() : builder.ToString();
    }
}
