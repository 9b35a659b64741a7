using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseIngest.Core.Tests.Golden;

/// <summary>
/// Sorts the misses and extras of a golden comparison into kinds of error by the shape of their keys (a drug found
/// with another status, a dose of a drug the record lacks, an event found without its grade), counting them without
/// naming any item, so that a sealed set can say where its errors lie and still show no fact.
/// </summary>
public static partial class GoldenErrorKinds
{
    /// <summary>
    /// Counts per category and kind: misses (golden keys the record lacks), extras (record keys the golden lacks) and the
    /// documents they come from.
    /// </summary>
    public static IReadOnlyList<(string Category, string Kind, int Misses, int Extras, int Documents)> Count(IEnumerable<GoldenDocumentComparison> comparisons)
    {
        var counts = new SortedDictionary<(string Category, string Kind), (int Misses, int Extras)>();
        var documents = new Dictionary<(string Category, string Kind), HashSet<string>>();
        foreach (var document in comparisons.GroupBy(c => c.Id))
        {
            var byCategory = document.ToDictionary(c => c.Category, c => c.Comparison, StringComparer.Ordinal);
            foreach (var (category, comparison) in byCategory)
            {
                foreach (var miss in comparison.Misses)
                {
                    var kind = Kind(category, miss, comparison.Misses, comparison.Extras, Side(byCategory, GoldenCategory.Drugs, missing: true), comparison.Found);
                    counts[(category, kind)] = counts.GetValueOrDefault((category, kind)) is var (m, e) ? (m + 1, e) : (1, 0);
                    Add(documents, (category, kind), document.Key);
                }

                foreach (var extra in comparison.Extras)
                {
                    var kind = Kind(category, extra, comparison.Extras, comparison.Misses, Side(byCategory, GoldenCategory.Drugs, missing: false));
                    counts[(category, kind)] = counts.GetValueOrDefault((category, kind)) is var (m, e) ? (m, e + 1) : (0, 1);
                    Add(documents, (category, kind), document.Key);
                }
            }
        }

        return [.. counts
            .OrderBy(c => Order(c.Key.Category))
            .ThenByDescending(c => c.Value.Misses + c.Value.Extras)
            .Select(c => (c.Key.Category, c.Key.Kind, c.Value.Misses, c.Value.Extras, documents[c.Key].Count))];
    }

    /// <summary>A table of the counts, one line per category and kind.</summary>
    public static string Format(string title, IEnumerable<GoldenDocumentComparison> comparisons)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Errors by kind, {title} (misses, extras, documents they come from):");
        foreach (var (category, kind, misses, extras, documents) in Count(comparisons))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {category,-14} {kind,-44} {misses,4} {extras,4} {documents,4}");
        }

        return text.ToString();
    }

    /// <summary>The kind of one key, judged against the keys on the other side of its category.</summary>
    internal static string Kind(
        string category, string key, IReadOnlyList<string> thisSide, IReadOnlyList<string> otherSide, IReadOnlyList<string> drugsOnThisSideOnly,
        IReadOnlyList<string>? found = null)
    {
        var parts = key.Split('|');
        return category switch
        {
            GoldenCategory.Diagnoses => SharesAWord(parts[^1], otherSide.Select(k => k.Split('|')[^1])) ? "named otherwise" : "absent",
            GoldenCategory.Drugs => otherSide.Any(k => SameFirst(k, parts, 2)) ? "status differs" : "absent",
            GoldenCategory.Doses => Attribute("dose", Of(parts[0], otherSide, 1), DrugAbsent(parts[0], drugsOnThisSideOnly)),
            GoldenCategory.Regimen when parts.Length >= 3 =>
                Attribute(parts[1], Of(parts[0] + "|" + parts[1], otherSide, 2), DrugAbsent(parts[0], drugsOnThisSideOnly))
                    is var kind && kind == "cycles: not read" && found is not null ? CountKind(parts, found) : kind,
            GoldenCategory.Radiotherapy => parts[0] == "technique"
                ? "technique"
                : otherSide.Any(k => k.Split('|')[0] == parts[0] && k.Split('|')[0] != "technique") ? "course: dose, fractions or status differ" : "course: absent",
            GoldenCategory.Markers => MarkerKind(parts, thisSide, otherSide) is var kind && kind == "result: marker absent" && found is not null
                ? kind + ", " + ResultClass(parts[2]) + (found.Any(k => k.Split('|') is { Length: 3 } p && PatientId().IsMatch(p[0])) ? string.Empty : ", none read in the document")
                : kind,
            GoldenCategory.Outcomes => OutcomeKind(parts, thisSide, otherSide),
            GoldenCategory.AdverseEvents => EventKind(parts, thisSide, otherSide),
            GoldenCategory.Article => parts[0],
            _ => "absent",
        };
    }

    private static string MarkerKind(string[] parts, IReadOnlyList<string> thisSide, IReadOnlyList<string> otherSide)
    {
        if (PatientId().IsMatch(parts[0]))
        {
            return otherSide.Any(k => SameFirst(k, parts, 2)) ? "result: another result" : "result: marker absent";
        }

        var field = parts[1] == "variant" ? "variant" : "value or method";
        if (otherSide.Any(k => k.Split('|') is { Length: 3 } p && !PatientId().IsMatch(p[0]) && p[0] == parts[0] && (p[1] == "variant") == (field == "variant")))
        {
            return field + ": another value";
        }

        var markerAbsent = thisSide.Any(k => k.Split('|') is { Length: 3 } p && PatientId().IsMatch(p[0]) && p[1] == parts[0])
            && !otherSide.Any(k => k.Split('|') is { Length: 3 } p && PatientId().IsMatch(p[0]) && p[1] == parts[0]);
        return field + (markerAbsent ? ": marker absent" : ": not read");
    }

    /// <summary>
    /// A count the engine did not read for a drug it found: read for another drug of the document (a scope or attribution
    /// error), a count of one, a count of a drug whose schedule was read, or none of these.
    /// </summary>
    private static string CountKind(string[] parts, IReadOnlyList<string> found)
    {
        if (found.Any(k => k.Split('|') is { Length: 3 } p && p[0] != parts[0] && p[1] == "cycles" && p[2] == parts[2]))
        {
            return "cycles: not read, read for another drug";
        }

        if (parts[2] == "1")
        {
            return "cycles: not read, a count of one";
        }

        return found.Any(k => k.StartsWith(parts[0] + "|every|", StringComparison.Ordinal))
            ? "cycles: not read, its schedule read"
            : "cycles: not read";
    }

    private static string ResultClass(string result) => result switch
    {
        "positive" or "negative" => result,
        _ => "another result",
    };

    private static string OutcomeKind(string[] parts, IReadOnlyList<string> thisSide, IReadOnlyList<string> otherSide)
    {
        if (PatientId().IsMatch(parts[0]))
        {
            return otherSide.Any(k => k.Split('|') is { Length: 2 } p && PatientId().IsMatch(p[0])) ? "kind: absent (another kind here)" : "kind: absent";
        }

        if (otherSide.Any(k => k.Split('|') is { Length: 3 } p && p[0] == parts[0]))
        {
            return "time or value: another value";
        }

        return thisSide.Any(k => k.Split('|') is { Length: 2 } p && PatientId().IsMatch(p[0]) && p[1] == parts[0])
            ? "time or value: kind absent"
            : "time or value: not read";
    }

    private static string EventKind(string[] parts, IReadOnlyList<string> thisSide, IReadOnlyList<string> otherSide)
    {
        if (PatientId().IsMatch(parts[0]))
        {
            var otherEvents = otherSide.Select(k => k.Split('|')).Where(p => p.Length == 2 && PatientId().IsMatch(p[0])).Select(p => p[1]);
            return SharesAWord(parts[1], otherEvents) ? "event: named otherwise" : "event: absent";
        }

        var field = parts.Length >= 3 ? parts[1] : "?";
        if (otherSide.Any(k => k.Split('|') is { Length: >= 3 } p && p[0] == parts[0] && p[1] == field))
        {
            return field + ": another value";
        }

        return field + (thisSide.Any(k => k.Split('|') is { Length: 2 } p && PatientId().IsMatch(p[0]) && p[1] == parts[0]) ? ": event absent" : ": not read");
    }

    private static string Attribute(string field, bool otherValue, bool drugAbsent) =>
        field + (otherValue ? ": another value" : drugAbsent ? ": drug absent or of another status" : ": not read");

    private static bool Of(string prefix, IReadOnlyList<string> otherSide, int parts) =>
        otherSide.Any(k => string.Join('|', k.Split('|').Take(parts)) == prefix);

    private static bool DrugAbsent(string name, IReadOnlyList<string> drugsOnThisSideOnly) =>
        drugsOnThisSideOnly.Any(k => k.Split('|') is { Length: 3 } p && p[1] == name);

    private static bool SameFirst(string key, string[] parts, int count) =>
        key.Split('|') is var other && other.Length == parts.Length && other.Take(count).SequenceEqual(parts.Take(count));

    private static bool SharesAWord(string name, IEnumerable<string> others)
    {
        var words = Words(name);
        return others.Any(o => Words(o).Overlaps(words));
    }

    private static HashSet<string> Words(string name) =>
        [.. WordPattern().Matches(name).Select(m => m.Value).Where(w => w.Length >= 4)];

    private static IReadOnlyList<string> Side(Dictionary<string, GoldenComparison> byCategory, string category, bool missing) =>
        byCategory.TryGetValue(category, out var comparison) ? (missing ? comparison.Misses : comparison.Extras) : [];

    private static void Add(Dictionary<(string, string), HashSet<string>> documents, (string, string) kind, string document)
    {
        if (!documents.TryGetValue(kind, out var set))
        {
            documents[kind] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(document);
    }

    private static int Order(string category) => GoldenCategory.All.ToList().IndexOf(category);

    [GeneratedRegex("^p[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PatientId();

    [GeneratedRegex("[a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
