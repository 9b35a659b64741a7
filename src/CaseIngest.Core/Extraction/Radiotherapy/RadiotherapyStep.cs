using System.Globalization;
using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>
/// Courses of radiotherapy of the case. Each sentence naming radiotherapy or a dose in Gy states one course per
/// total dose it gives ("45 Gy in 25 fractions", "5 × 5 Gy", "3,900 cGy" = 39 Gy), with the technique and the
/// target ("to the left upper lobe") named beside it and the status its words give (deferred → not-given,
/// planned → planned). A statement without a dose that only refers back to a course ("after radiotherapy")
/// is merged into the course of the same patient and status whose technique and site do not contradict it.
/// "Radiation pneumonitis" and similar words are not courses.
/// </summary>
public sealed class RadiotherapyStep(RadiotherapyLexicon lexicon) : IExtractionStep
{
    private static readonly HashSet<string> GenericTechniques = new(StringComparer.Ordinal)
    {
        "EBRT", "stereotactic",
    };

    public string Name => "radiotherapy";

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var items = new List<RadiotherapyItem>();
        foreach (var mention in lexicon.Mentions.Match(text, context.Tokens))
        {
            if (context.IsAboutCase(mention.Start) && !Excluded(text, mention.End) && !SpreadOfASymptom(context, mention.Start, mention.End))
            {
                items.Add(new RadiotherapyItem(mention.Start, mention.End, mention.Value, null));
            }
        }

        if (OrdinalIgnoreCase.Contains(text, "gy") || OrdinalIgnoreCase.Contains(text, "gray"))
        {
            var lastEnd = 0;
            foreach (Match match in DosePatterns.Dose().Matches(text))
            {
                if (match.Index >= lastEnd && context.IsAboutCase(match.Index) && ReadDose(text, match) is { } dose)
                {
                    items.Add(new RadiotherapyItem(dose.Start, dose.End, null, dose));
                    lastEnd = dose.End;
                }
            }
        }

        if (items.Count == 0)
        {
            return;
        }

        items.Sort((a, b) => a.Start.CompareTo(b.Start));
        var courses = new List<RadiotherapyCourse>();
        var i = 0;
        while (i < items.Count)
        {
            var sentence = context.SentenceAt(items[i].Start);
            var j = i;
            while (j < items.Count && items[j].Start < sentence.End)
            {
                j++;
            }

            ReadSentence(context, sentence, items.GetRange(i, j - i), courses);
            i = j;
        }

        foreach (var course in Merge(courses))
        {
            context.Radiotherapy.Add(new RadiotherapyFact
            {
                Patient = course.Patient,
                Status = course.Status,
                TotalDoseGy = course.TotalDoseGy,
                Fractions = course.Fractions,
                DosePerFractionGy = course.DosePerFractionGy,
                Technique = course.Technique,
                Site = course.Site,
                Evidence = context.Evidence(course.Start, course.End),
            });
        }
    }

    private void ReadSentence(ExtractionContext context, Sentence sentence, List<RadiotherapyItem> items, List<RadiotherapyCourse> courses)
    {
        // doses first: one cluster per total dose, with the dose per fraction that belongs to it
        var clusters = new List<List<RadiotherapyItem>>();
        List<RadiotherapyItem>? current = null;
        double? total = null, per = null;
        int? fractions = null;
        foreach (var item in items)
        {
            if (item.Dose is not { } dose)
            {
                continue;
            }

            var joins = current is not null && (
                (dose.TotalGy is null && per is null)
                || (dose.TotalGy is not null && total is null && dose.PerFractionGy is null)
                || (dose.TotalGy is { } t && dose.Fractions is null && total is { } known && fractions is { } n && n > 0 && Math.Abs(t - (known / n)) < 0.01));
            if (!joins)
            {
                current = [];
                clusters.Add(current);
                total = per = null;
                fractions = null;
            }

            current!.Add(item);
            if (dose.TotalGy is { } value && total is { } existing && fractions is { } count && count > 0 && Math.Abs(value - (existing / count)) < 0.01)
            {
                per ??= value;
            }
            else
            {
                total ??= dose.TotalGy;
                per ??= dose.PerFractionGy;
                fractions ??= dose.Fractions;
            }
        }

        if (clusters.Count == 0)
        {
            clusters.Add([]);
        }

        foreach (var item in items)
        {
            if (item.Dose is not null)
            {
                continue;
            }

            var best = clusters[0];
            var bestDistance = int.MaxValue;
            foreach (var cluster in clusters)
            {
                if (cluster.Count == 0)
                {
                    best = cluster;
                    break;
                }

                var distance = Math.Min(Math.Abs(cluster[0].Start - item.End), Math.Abs(item.Start - cluster[^1].End));
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = cluster;
                }
            }

            if (!string.IsNullOrEmpty(item.Technique) && !GenericTechniques.Contains(item.Technique)
                && best.Exists(c => !string.IsNullOrEmpty(c.Technique) && !GenericTechniques.Contains(c.Technique) && c.Technique != item.Technique))
            {
                // "whole-brain radiotherapy (30 Gy) followed by SRS to the cerebellar lesion": two techniques, two courses
                best = [];
                clusters.Add(best);
            }

            if (best.Count > 0 && TargetsAnotherSite(context.Text, item, best, sentence.End))
            {
                // "radiation therapy to the orbits with possible radiation therapy to the pituitary": two targets, two courses
                best = [];
                clusters.Add(best);
            }

            best.Add(item);
        }

        foreach (var cluster in clusters)
        {
            cluster.Sort((a, b) => a.Start.CompareTo(b.Start));
            courses.Add(Course(context, sentence, cluster));
        }
    }

    private bool TargetsAnotherSite(string text, RadiotherapyItem item, List<RadiotherapyItem> cluster, int limit)
    {
        if (SiteAfter(text, item.End, limit) is not { } site)
        {
            return false;
        }

        foreach (var other in cluster)
        {
            if (other.Dose is null && SiteAfter(text, other.End, limit) is { } known
                && !text.AsSpan(site.Start, site.End - site.Start).Equals(text.AsSpan(known.Start, known.End - known.Start), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private RadiotherapyCourse Course(ExtractionContext context, Sentence sentence, List<RadiotherapyItem> cluster)
    {
        var anchor = cluster.FirstOrDefault(c => c.Dose is null);
        if (anchor.End == 0)
        {
            anchor = cluster[0];
        }

        var course = new RadiotherapyCourse
        {
            Patient = context.PatientAt(anchor.Start),
            Status = NotGivenAfter(context.Text, anchor.End, sentence.End)
                ? TreatmentStatus.NotGiven
                : StatusOf(context.AssertionOf(anchor.Start, anchor.End), NegatedRightBefore(context.Text, anchor.Start)),
            Start = cluster[0].Start,
            End = cluster.Max(c => c.End),
        };

        foreach (var item in cluster)
        {
            if (item.Dose is { } dose)
            {
                if (dose.TotalGy is { } value && course.TotalDoseGy is { } known && course.Fractions is { } n && n > 0 && Math.Abs(value - (known / n)) < 0.01)
                {
                    course.DosePerFractionGy ??= value;
                }
                else
                {
                    course.TotalDoseGy ??= dose.TotalGy;
                    course.DosePerFractionGy ??= dose.PerFractionGy;
                    course.Fractions ??= dose.Fractions;
                }
            }
            else if (course.Fractions is null && FractionsBefore(context.Text, item.Start) is { } before)
            {
                course.Fractions = before.Count;
                course.Start = Math.Min(course.Start, before.Start);
            }

            if (item.Dose is null && !string.IsNullOrEmpty(item.Technique)
                && (course.Technique is null || (GenericTechniques.Contains(course.Technique) && !GenericTechniques.Contains(item.Technique))))
            {
                course.Technique = item.Technique;
            }
        }

        var text = context.Text;
        if (course.HasDose && course.Fractions is null)
        {
            var from = Math.Max(sentence.Start, course.Start - 60);
            var to = Math.Min(sentence.End, course.End + 60);
            if (DosePatterns.FractionsInSentence().Match(text, from, to - from) is { Success: true } count)
            {
                course.Fractions = DosePatterns.CountValue(count.Groups["fx"].Value);
            }
        }

        course.Complete();
        foreach (var item in cluster)
        {
            if (SiteAfter(text, item.End, sentence.End) is { } site)
            {
                course.Site = text[site.Start..site.End];
                course.End = Math.Max(course.End, site.End);
                break;
            }
        }

        if (course.Site is null)
        {
            foreach (var item in cluster)
            {
                if (item.Dose is null && SiteBefore(text, item.Start, sentence.Start) is { } before)
                {
                    course.Site = text[before..WordEnd(text, before)];
                    course.Start = Math.Min(course.Start, before);
                    break;
                }
            }
        }

        if (course.Site is null && course.Technique == "WBRT")
        {
            course.Site = "brain";
        }

        return course;
    }

    /// <summary>A negation far before the mention ("no lesion was seen, so only tumour bed radiotherapy was given") does not deny the course; "no radiotherapy", "without irradiation" do.</summary>
    private static string StatusOf(Assertion assertion, bool negatedRightBefore) => assertion switch
    {
        Assertion.NotGiven => TreatmentStatus.NotGiven,
        Assertion.Negated when negatedRightBefore => TreatmentStatus.NotGiven,
        Assertion.Planned => TreatmentStatus.Planned,
        _ => TreatmentStatus.Given,
    };

    /// <summary>Folds statements of the same course together; statements without a dose that refer back disappear into the course they refer to.</summary>
    internal static List<RadiotherapyCourse> Merge(List<RadiotherapyCourse> courses)
    {
        var kept = new List<RadiotherapyCourse>();
        foreach (var course in courses.Where(c => c.HasDose).Concat(courses.Where(c => !c.HasDose)))
        {
            var target = kept.Find(k => k.Patient == course.Patient && k.Status == course.Status
                && Compatible(k.Technique, course.Technique) && (k.Site is null || course.Site is null || string.Equals(k.Site, course.Site, StringComparison.OrdinalIgnoreCase))
                && (!course.HasDose || (k.TotalDoseGy == course.TotalDoseGy && k.Fractions == course.Fractions && k.DosePerFractionGy == course.DosePerFractionGy)));
            if (target is null)
            {
                kept.Add(course);
                continue;
            }

            if (course.Technique is not null && (target.Technique is null || (GenericTechniques.Contains(target.Technique) && !GenericTechniques.Contains(course.Technique))))
            {
                target.Technique = course.Technique;
            }

            target.Site ??= course.Site;
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static bool Compatible(string? a, string? b) =>
        a is null || b is null || a == b || GenericTechniques.Contains(a) || GenericTechniques.Contains(b);

    private bool SpreadOfASymptom(ExtractionContext context, int start, int end)
    {
        var text = context.Text;
        if (!text.AsSpan(start, end - start).Equals("radiation", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var sentence = context.SentenceAt(start);
        var symptoms = lexicon.SymptomWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var p = sentence.Start;
        while (p < start)
        {
            if (!char.IsLetter(text[p]))
            {
                p++;
                continue;
            }

            var wordEnd = WordEnd(text, p);
            if (symptoms.Contains(text.AsSpan(p, wordEnd - p)))
            {
                return true;
            }

            p = wordEnd;
        }

        return false;
    }

    private bool Excluded(string text, int end)
    {
        var p = end;
        while (p < text.Length && text[p] is ' ' or '-' or '\u2010' or '\u2011')
        {
            p++;
        }

        var wordEnd = WordEnd(text, p);
        return wordEnd > p && lexicon.Exclusions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(p, wordEnd - p));
    }

    private (int Start, int End)? SiteAfter(string text, int end, int limit)
    {
        if (end >= limit)
        {
            return null;
        }

        var window = text.Substring(end, Math.Min(90, limit - end));
        var match = DosePatterns.SiteAfter().Match(window);
        if (!match.Success)
        {
            return null;
        }

        var group = match.Groups["site"];
        var start = end + group.Index;
        var stop = start;
        var p = start;
        var words = 0;
        var stops = lexicon.StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        while (p < end + group.Index + group.Length && words < 6)
        {
            while (p < text.Length && text[p] == ' ')
            {
                p++;
            }

            var wordEnd = p;
            while (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] == '-'))
            {
                wordEnd++;
            }

            var word = text.AsSpan(p, wordEnd - p);
            if (word.Length == 0 || stops.Contains(word) || !char.IsLetter(word[0]))
            {
                break;
            }

            if (words == 0 && (lexicon.NonSiteWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word is "a" or "an"))
            {
                return null;
            }

            stop = wordEnd;
            p = wordEnd;
            words++;
        }

        return stop > start ? (start, stop) : null;
    }

    private int? SiteBefore(string text, int start, int limit)
    {
        var p = start;
        while (p > limit && text[p - 1] is ' ' or '-')
        {
            p--;
        }

        var wordStart = p;
        while (wordStart > limit && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart < p && lexicon.SiteWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(wordStart, p - wordStart))
            ? wordStart
            : null;
    }

    private bool NotGivenAfter(string text, int end, int limit)
    {
        var window = text.AsSpan(end, Math.Max(0, Math.Min(limit, end + 50) - end));
        foreach (var phrase in lexicon.NotGivenPhrases)
        {
            if (window.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static (int Count, int Start)? FractionsBefore(string text, int start)
    {
        var from = Math.Max(0, start - 40);
        var match = DosePatterns.FractionsBeforeMention().Match(text[from..start]);
        return match.Success && DosePatterns.CountValue(match.Groups["fx"].Value) is { } count ? (count, from + match.Index) : null;
    }

    private static bool NegatedRightBefore(string text, int start)
    {
        var from = Math.Max(0, start - 40);
        var before = text.AsSpan(from, start - from).TrimEnd();
        foreach (var word in (ReadOnlySpan<string>)["no", "not", "without", "never", "nor", "not receive", "not undergo"])
        {
            var index = before.Length - word.Length;
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (index == 0 || !char.IsLetter(before[index - 1])))
            {
                return true;
            }
        }

        var lastSpace = before.LastIndexOf(' ');
        var previous = lastSpace >= 0 ? before[..lastSpace].TrimEnd() : [];
        return previous.EndsWith(" no", StringComparison.OrdinalIgnoreCase) || previous.EndsWith(" without", StringComparison.OrdinalIgnoreCase)
            || previous.EndsWith(" not", StringComparison.OrdinalIgnoreCase);
    }

    private static int WordEnd(string text, int p)
    {
        while (p < text.Length && char.IsLetterOrDigit(text[p]))
        {
            p++;
        }

        return p;
    }

    internal static DoseReading? ReadDose(string text, Match match)
    {
        var index = match.Index;
        var length = match.Length;
        var number = match.Groups["n"].Value;
        var thousands = number.Contains(',', StringComparison.Ordinal) && number.Length - number.LastIndexOf(',') == 4;
        number = thousands ? number.Replace(",", string.Empty, StringComparison.Ordinal) : number.Replace(',', '.');
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var gray = match.Groups["u"].Value[0] is 'c' or 'C' ? value / 100 : value;
        gray = Math.Round(gray, 4);
        var start = index;
        var end = index + length;
        var after = text.Substring(end, Math.Min(48, text.Length - end));
        var lead = text.Substring(Math.Max(0, start - 40), Math.Min(40, start));
        if (DosePatterns.PlanFigureAfter().IsMatch(after) || DosePatterns.PlanFigureBefore().IsMatch(lead))
        {
            return null;
        }

        double? total = gray, per = null;
        int? fractions = null;
        if (DosePatterns.PerAndFractionsAfter().Match(after) is { Success: true } both)
        {
            per = double.Parse(both.Groups["per"].Value, CultureInfo.InvariantCulture);
            fractions = DosePatterns.CountValue(both.Groups["fx"].Value);
            end += both.Length;
        }
        else if (DosePatterns.FractionsAfter().Match(after) is { Success: true } fx)
        {
            fractions = DosePatterns.CountValue(fx.Groups["fx"].Value);
            end += fx.Length;
        }
        else if (DosePatterns.PerFractionAfter().Match(after) is { Success: true } each)
        {
            (total, per) = (null, gray);
            end += each.Length;
        }
        else if (DosePatterns.TimesAfter().Match(after) is { Success: true } times)
        {
            (total, per) = (null, gray);
            fractions = DosePatterns.CountValue(times.Groups["fx"].Value);
            end += times.Length;
        }
        else if (DosePatterns.SingleAfter().Match(after) is { Success: true } single)
        {
            fractions = 1;
            end += single.Length;
        }

        if (per is null && fractions is null)
        {
            var from = Math.Max(0, start - 32);
            var before = text[from..start];
            if (DosePatterns.TimesBefore().Match(before) is { Success: true } prefix)
            {
                (total, per) = (null, gray);
                fractions = DosePatterns.CountValue(prefix.Groups["fx"].Value);
                start = from + prefix.Index;
            }
        }

        if (total is not null && per is null && fractions is { } n && n > 0)
        {
            per = Math.Round(total.Value / n, 2);
        }
        else if (total is null && per is { } p && fractions is { } count)
        {
            total = Math.Round(p * count, 2);
        }

        return new DoseReading(start, end, total, per, fractions);
    }
}
