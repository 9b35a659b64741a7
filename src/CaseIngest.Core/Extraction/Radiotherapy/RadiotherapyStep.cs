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
/// "Radiation pneumonitis" and similar words are not courses, nor an abbreviation the text defines with another meaning
/// ("percutaneous coronary intervention (PCI)").
/// </summary>
public sealed class RadiotherapyStep(RadiotherapyLexicon lexicon) : IExtractionStep
{
    internal static readonly HashSet<string> GenericTechniques = new(StringComparer.Ordinal)
    {
        "EBRT", "stereotactic",
    };

    private readonly RadiotherapySiteReader sites = new(lexicon);
    private readonly RadiotherapyMentionFilter filter = new(lexicon);
    private readonly RadiotherapyStatusReader statuses = new(lexicon);

    public string Name => "radiotherapy";

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var items = new List<RadiotherapyItem>();
        foreach (var mention in lexicon.Mentions.Match(text, context.Tokens))
        {
            if (context.IsAboutCase(mention.Start) && !filter.Excluded(text, mention.End) && !filter.SpreadOfASymptom(context, mention.Start, mention.End)
                && !filter.AbbreviationDefinedOtherwise(context, mention.Start, mention.End) && !RadiotherapyMentionFilter.NamesAPlan(text, mention.End)
                && !RadiotherapyMentionFilter.GeneralStatement(context, mention.Start))
            {
                items.Add(new RadiotherapyItem(mention.Start, mention.End, mention.Value, null));
            }
        }

        if (OrdinalIgnoreCase.Contains(text, "gy") || OrdinalIgnoreCase.Contains(text, "gray"))
        {
            var lastEnd = 0;
            foreach (Match match in DosePatterns.Dose().Matches(text))
            {
                if (match.Index >= lastEnd && context.IsAboutCase(match.Index) && RadiotherapyDoseReader.Read(text, match) is { } dose)
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

        RadiotherapyStatusCarry.Apply(context, courses);
        RadiotherapyRefusal.Apply(context, courses);
        foreach (var course in RadiotherapyExecutedPlan.Apply(RadiotherapyDeferral.Apply(RadiotherapyCourseMerger.Merge(courses))))
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
                || (dose.TotalGy is { } t && dose.Fractions is null && total is { } known && fractions is { } n && n > 0 && Math.Abs(t - (known / n)) < 0.01)
                // "25 sessions at a dose of 2 Gy, to a total of 50 Gy": the total restated
                || (dose.TotalGy is { } restated && dose.Fractions is null && dose.PerFractionGy is null && total is { } reached && Math.Abs(restated - reached) < 0.01));
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

            if (best.Count > 0 && sites.TargetsAnotherSite(context.Text, item, best, sentence.End))
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

    private RadiotherapyCourse Course(ExtractionContext context, Sentence sentence, List<RadiotherapyItem> cluster)
    {
        var anchor = cluster.FirstOrDefault(c => c.Dose is null);
        var named = anchor.End != 0;
        if (!named)
        {
            anchor = cluster[0];
        }

        var course = new RadiotherapyCourse
        {
            Patient = context.PatientAt(anchor.Start),
            Status = statuses.NotGivenAfter(context.Text, anchor.End, sentence.End) || RadiotherapyStatusReader.CompletesNegatedTreatmentPhrase(context.Text, anchor.Start)
                || RadiotherapyStatusReader.JudgedUnneeded(context.Text, anchor.Start)
                ? TreatmentStatus.NotGiven
                : RadiotherapyStatusReader.StatusOf(context.AssertionOf(anchor.Start, anchor.End), RadiotherapyStatusReader.NegatedRightBefore(context.Text, anchor.Start)),
            Start = cluster[0].Start,
            End = cluster.Max(c => c.End),
            Named = named,
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
            if (sites.SiteAfter(text, item.End, sentence.End) is { } site)
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
                if (item.Dose is null && sites.SiteBefore(text, item.Start, sentence.Start) is { } before)
                {
                    course.Site = text[before..RadiotherapySiteReader.WordEnd(text, before)];
                    course.Start = Math.Min(course.Start, before);
                    break;
                }
            }
        }

        if (course.Site is null && course.Technique == "WBRT")
        {
            course.Site = "brain";
        }

        course.Delivered = course.HasDose || RadiotherapyDeferral.StatesDelivery(text, sentence, course.Start, course.End);
        return course;
    }

    private static (int Count, int Start)? FractionsBefore(string text, int start)
    {
        var from = Math.Max(0, start - 40);
        var match = DosePatterns.FractionsBeforeMention().Match(text[from..start]);
        return match.Success && DosePatterns.CountValue(match.Groups["fx"].Value) is { } count ? (count, from + match.Index) : null;
    }
}
