using System.Globalization;
using System.Text.Encodings.Web;

namespace CaseIngest.CliFloor;

/// <summary>One output line of the floor: <c>{"file":"…","characters":N,"tokens":N,"sentences":N}</c>.</summary>
internal static class FloorLine
{
    public static string Format(string path, int characters, int tokens, int sentences) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"file":"{{JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(path)}}","characters":{{characters}},"tokens":{{tokens}},"sentences":{{sentences}}}""");
}
