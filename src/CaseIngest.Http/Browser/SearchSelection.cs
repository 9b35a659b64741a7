using CaseIngest.Storage.Keys;
using Microsoft.AspNetCore.Http;

namespace CaseIngest.Http.Browser;

/// <summary>
/// The browser's current query: filter values by parameter name (as in the URL), the page number, and the
/// function key when the page was opened with one (so links keep working under the same key rules).
/// </summary>
internal sealed class SearchSelection
{
    public const int MaxValueLength = 256;

    private readonly Dictionary<string, string> _values;

    private SearchSelection(Dictionary<string, string> values, int page, string? key)
    {
        _values = values;
        Page = page;
        Key = key;
    }

    public int Page { get; }

    public string? Key { get; }

    public IReadOnlyDictionary<string, string> Values => _values;

    public static SearchSelection From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in BrowserFilters.Parameters)
        {
            var value = query.TryGetValue(name, out var given) ? given.ToString().Trim() : "";
            if (value.Length > 0)
            {
                values[name] = value.Length > MaxValueLength ? value[..MaxValueLength] : value;
            }
        }

        var page = query.TryGetValue("page", out var p) && int.TryParse(p.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1;
        var key = query.TryGetValue("code", out var code) && code.ToString().Length is > 0 and <= MaxValueLength ? code.ToString() : null;
        return new SearchSelection(values, page, key);
    }

    public string? this[string name] => _values.GetValueOrDefault(name);

    /// <summary>Whether <paramref name="value"/> matches the filter <paramref name="name"/>; true when that filter is not set.</summary>
    public bool Matches(string name, string? value) =>
        !_values.TryGetValue(name, out var wanted) || (value is not null && IndexKeys.Normalize(value) == IndexKeys.Normalize(wanted));

    /// <summary>The selection with one value set (or removed when null), back on page 1.</summary>
    public SearchSelection With(string name, string? value)
    {
        var values = new Dictionary<string, string>(_values, StringComparer.Ordinal);
        if (value is null)
        {
            values.Remove(name);
        }
        else
        {
            values[name] = value;
        }

        return new SearchSelection(values, 1, Key);
    }

    public SearchSelection AtPage(int page) => new(_values, page, Key);

    /// <summary>The query string of this selection (with a leading '?', or empty), parameters in the page's order.</summary>
    public string ToQueryString(bool includePage = true)
    {
        var pairs = new List<string>();
        foreach (var name in BrowserFilters.Parameters)
        {
            if (_values.TryGetValue(name, out var value))
            {
                pairs.Add(Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value));
            }
        }

        if (includePage && Page > 1)
        {
            pairs.Add("page=" + Page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Key is not null)
        {
            pairs.Add("code=" + Uri.EscapeDataString(Key));
        }

        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }
}
