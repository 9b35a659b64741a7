using System.Text.RegularExpressions;

namespace CaseIngest.Worker.Tests.Host;

/// <summary>
/// The two binding expressions the host resolves for the triggers used here: <c>%name%</c> from app settings
/// (<c>CaseIngest:ContainerName</c> is the setting <c>CaseIngest__ContainerName</c>) and <c>{name}</c> path
/// parameters matched against a blob name.
/// </summary>
internal static partial class BindingExpressions
{
    public static string Resolve(string expression, IReadOnlyDictionary<string, string> settings) =>
        Setting().Replace(expression, m =>
        {
            var key = m.Groups[1].Value;
            return settings.TryGetValue(key, out var value) || settings.TryGetValue(key.Replace(":", "__", StringComparison.Ordinal), out value)
                ? value
                : throw new InvalidOperationException($"The binding expression %{key}% names no app setting.");
        });

    /// <summary>The values of the <c>{name}</c> parameters of <paramref name="pattern"/> in <paramref name="blobName"/>; empty when it does not match.</summary>
    public static IReadOnlyDictionary<string, string> Match(string pattern, string blobName)
    {
        var names = new List<string>();
        var regex = "^" + Parameter().Replace(Regex.Escape(pattern).Replace(@"\{", "{", StringComparison.Ordinal), m =>
        {
            names.Add(m.Groups[1].Value);
            return "(.+)";
        }) + "$";
        var match = Regex.Match(blobName, regex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? names.Select((n, i) => (n, match.Groups[i + 1].Value)).ToDictionary(p => p.n, p => p.Item2) : new Dictionary<string, string>();
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Setting();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Parameter();
}
