using System.Globalization;
using CaseIngest.Core.Model;

namespace CaseIngest.TextAnalytics;

/// <summary>
/// The side-by-side view of a record read by both readers: per category, what both found, what only the rules found
/// and what only Text Analytics found (by name), from the facts' <c>source</c>.
/// </summary>
public static class ComparisonReport
{
    public static void Write(CaseRecord record, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        var comparison = record.ReaderComparison;
        if (comparison is null)
        {
            output.WriteLine($"{record.Document.Name}: the second reader did not run");
            return;
        }

        if (comparison.Error is not null)
        {
            output.WriteLine($"{record.Document.Name}: {comparison.Reader} failed ({comparison.Error}); the record has the rules' facts only");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{record.Document.Name}: {comparison.DocumentsSent} document(s), {comparison.CharactersSent:N0} characters sent to {comparison.Reader}"));
        Category(output, "diagnoses", record.Diagnoses.Select(d => (d.Name, d.Source)));
        Category(output, "drugs", record.Drugs.Select(d => (d.Name, d.Source)));
        Category(output, "markers", record.Markers.Select(m => (m.Variant is null ? m.Name : $"{m.Name} {m.Variant}", m.Source)));
        Category(output, "adverseEvents", record.AdverseEvents.Select(a => (a.Term, a.Source)));
    }

    private static void Category(TextWriter output, string category, IEnumerable<(string Name, string? Source)> facts)
    {
        var list = facts.ToList();
        output.WriteLine($"  {category}");
        output.WriteLine($"    both:                {Names(list, FactSource.RulesAndTextAnalytics)}");
        output.WriteLine($"    rules only:          {Names(list, null)}");
        output.WriteLine($"    text-analytics only: {Names(list, FactSource.TextAnalytics)}");
    }

    private static string Names(List<(string Name, string? Source)> facts, string? source)
    {
        var names = facts.Where(f => f.Source == source).Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return names.Count == 0 ? "-" : string.Join(", ", names);
    }
}
