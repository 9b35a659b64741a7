using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using CaseIngest.Core.Extraction.Context;
using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// Outcomes of the patients: RECIST responses (words, and CR/PR/SD/PD only beside response words), tumor
/// shrinkage in percent, regression, remission, recurrence, PFS/OS durations with their qualifier, death and no
/// evidence of disease. Each outcome but death is tied to the drugs (from the drug step) or radiotherapy named in its
/// sentence or the one before. Negated, uncertain and planned outcomes are left out; "no evidence of disease" is
/// itself an outcome. One fact per patient, kind, value and therapy.
/// </summary>
public sealed partial class OutcomeStep : IExtractionStep
{
    private static readonly ConcurrentDictionary<(string Anchor, StringComparison Comparison), SearchValues<string>> Finders = new();

    public string Name => "outcomes";

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var found = new List<OutcomeFact>();
        var covered = new List<(int Start, int End)>();

        // no evidence of disease first: its "no" is the outcome, and the words inside it are no other outcome
        foreach (var match in NoDiseaseRegex().EnumerateMatches(text))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            if (FollowedBy(text, end, "survival") || FollowedBy(text, end, "interval") || FollowedBy(text, end, "period")
                || !InCase(context, start) || PathologyFinding(text, context.SentenceAt(start)))
            {
                continue;
            }

            var assertion = context.AssertionOf(start, end);
            if (assertion is Assertion.Uncertain or Assertion.Planned
                || (assertion == Assertion.Negated && !text.AsSpan(start, end - start).StartsWith("no", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            covered.Add((start, end));
            found.Add(WithDuration(context, Fact(context, "no-evidence-of-disease", start, end), end));
        }

        foreach (var match in NedRegex().EnumerateMatches(text))
        {
            if (InCase(context, match.Index))
            {
                covered.Add((match.Index, match.Index + match.Length));
                found.Add(Fact(context, "no-evidence-of-disease", match.Index, match.Index + match.Length));
            }
        }

        AddWords(context, found, covered, ResponseRegex(), static m => m.Contains("complete", StringComparison.OrdinalIgnoreCase)
            ? (m.Contains("near", StringComparison.OrdinalIgnoreCase) ? "partial-response" : "complete-response")
            : "partial-response", "response");
        AddWords(context, found, covered, StableRegex(), static _ => "stable-disease", "stable", "stabili", "stability");
        AddWords(context, found, covered, ProgressionRegex(), static _ => "progressive-disease", "progress");
        AddWords(context, found, covered, RemissionRegex(), static m => m.StartsWith("partial", StringComparison.OrdinalIgnoreCase) ? "partial-response" : "remission", "remission");
        AddWords(context, found, covered, RecurrenceRegex(), static _ => "recurrence", "recurr", "relaps");
        AddWords(context, found, covered, DeathRegex(), static _ => "death", "died", "passed away", "expired", "succumbed", "deceased", "death");
        AddAbbreviations(context, found, covered);
        AddShrinkage(context, found, covered);
        AddWords(context, found, covered, ShrinkWordsRegex(), static _ => "tumor-shrinkage", "shrink", "shrank", "shrunk", "size", "smaller");
        AddWords(context, found, covered, RegressionRegex(), static _ => "regression", "regress");
        AddSurvival(context, found, covered);

        Collect(context, found);
    }

    private static bool InCase(ExtractionContext context, int start)
    {
        if (!CaseScope.InCase(context, start) || CaseScope.AboutRelative(context, start, words: 14))
        {
            return false;
        }

        var sentence = context.SentenceAt(start);
        return !OtherPatientsRegex().IsMatch(context.Text.AsSpan(sentence.Start, sentence.Length));
    }

    private static bool Affirmed(ExtractionContext context, int start, int end) =>
        InCase(context, start) && context.AssertionOf(start, end) == Assertion.Affirmed;

    /// <summary>"Surgical margins were tumor-free", "lymph nodes free of tumor": a specimen, not the patient's status.</summary>
    private static bool PathologyFinding(string text, Sentence sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        return span.Contains("margin", StringComparison.OrdinalIgnoreCase) || span.Contains("lymph node", StringComparison.OrdinalIgnoreCase)
            || span.Contains("specimen", StringComparison.OrdinalIgnoreCase) || span.Contains("nodes", StringComparison.OrdinalIgnoreCase)
            || span.Contains("resected", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Overlaps(List<(int Start, int End)> covered, int start, int end)
    {
        foreach (var (s, e) in covered)
        {
            if (s < end && start < e)
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowedBy(string text, int end, string word)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '-')
        {
            i++;
        }

        return text.AsSpan(i).StartsWith(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The matches of <paramref name="regex"/> that hold one of the <paramref name="anchors"/>, found by running it
    /// only on a short window around each anchor: a handful of cheap searches instead of a scan of the whole text.
    /// </summary>
    private static List<(int Start, int End)> Anchored(string text, Regex regex, params string[] anchors) =>
        Anchored(text, regex, StringComparison.OrdinalIgnoreCase, anchors);

    /// <summary>
    /// As above, with the anchors searched by <paramref name="comparison"/>: an anchor the regex only accepts in one
    /// case ("OS", "PFS") is searched in that case, so the letters "os" inside ordinary words do not each cost a search.
    /// </summary>
    private static List<(int Start, int End)> Anchored(string text, Regex regex, StringComparison comparison, params string[] anchors)
    {
        var matches = new List<(int Start, int End)>();
        foreach (var anchor in anchors)
        {
            var finder = Finder(anchor, comparison);
            var at = text.AsSpan().IndexOfAny(finder);
            while (at >= 0)
            {
                var from = Math.Max(0, at - 64);
                while (from > 0 && from < at && char.IsLetterOrDigit(text[from - 1]))
                {
                    from++;
                }

                var to = Math.Min(text.Length, at + anchor.Length + 48);
                while (to < text.Length && to > at + anchor.Length && char.IsLetterOrDigit(text[to]))
                {
                    to--;
                }

                foreach (var match in regex.EnumerateMatches(text.AsSpan(from, to - from)))
                {
                    var (start, end) = (from + match.Index, from + match.Index + match.Length);
                    if (start <= at && end >= at + anchor.Length && !matches.Contains((start, end)))
                    {
                        matches.Add((start, end));
                    }
                }

                var next = text.AsSpan(at + anchor.Length).IndexOfAny(finder);
                at = next < 0 ? -1 : at + anchor.Length + next;
            }
        }

        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }

    /// <summary>
    /// A vectorized searcher for one anchor, built once per anchor and comparison. String.IndexOf with
    /// OrdinalIgnoreCase falls back to a character-by-character search on text with non-ASCII letters.
    /// </summary>
    private static SearchValues<string> Finder(string anchor, StringComparison comparison) =>
        Finders.GetOrAdd((anchor, comparison), static key => SearchValues.Create([key.Anchor], key.Comparison));

    private static void AddWords(ExtractionContext context, List<OutcomeFact> found, List<(int Start, int End)> covered, Regex regex, Func<string, string> kind, params string[] anchors)
    {
        var text = context.Text;
        foreach (var (start, end) in Anchored(text, regex, anchors))
        {
            if (Overlaps(covered, start, end) || FollowedBy(text, end, "free") || FollowedBy(text, end, "rate")
                || FollowedBy(text, end, "analysis") || !Affirmed(context, start, end))
            {
                continue;
            }

            var value = text.Substring(start, end - start);
            var outcome = kind(value);
            if ((outcome is "regression" or "tumor-shrinkage" && !TumorContext(text, context.SentenceAt(start)))
                || (outcome == "progressive-disease" && OfSomethingElse(text, end))
                || (outcome == "recurrence" && (OfSomethingElse(text, end) || (BareRecurrenceRegex().IsMatch(value) && !TumorContext(text, context.SentenceAt(start))))))
            {
                continue;
            }

            covered.Add((start, end));
            found.Add(WithDuration(context, Fact(context, outcome, start, end), end));
        }
    }

    /// <summary>CR, PR, SD, PD only beside response words, and never as PD-1, PD-L1, ER/PR or creatinine.</summary>
    private static void AddAbbreviations(ExtractionContext context, List<OutcomeFact> found, List<(int Start, int End)> covered)
    {
        var text = context.Text;
        foreach (var match in AbbreviationRegex().EnumerateMatches(text))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            if (end < text.Length && (text[end] is '-' or '/' or '+' or '(' || char.IsDigit(text[end]) || text[end] == '-'))
            {
                continue;
            }

            if (start > 0 && text[start - 1] is '-' or '/' or '+')
            {
                continue;
            }

            var sentence = context.SentenceAt(start);
            var span = text.AsSpan(sentence.Start, sentence.Length);
            if (!ResponseContextRegex().IsMatch(span) || Overlaps(covered, start, end) || !Affirmed(context, start, end))
            {
                continue;
            }

            var abbreviation = text.AsSpan(start, 2);
            if (abbreviation is "PR" && (span.Contains("ER", StringComparison.Ordinal) && ReceptorRegex().IsMatch(span)))
            {
                continue;
            }

            if ((abbreviation is "CR" && span.Contains("creatinine", StringComparison.OrdinalIgnoreCase))
                || (abbreviation is "PD" && span.Contains("Parkinson", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var kind = abbreviation switch
            {
                "CR" => "complete-response",
                "PR" => "partial-response",
                "SD" => "stable-disease",
                _ => "progressive-disease",
            };
            covered.Add((start, end));
            found.Add(WithDuration(context, Fact(context, kind, start, end), end));
        }
    }

    /// <summary>
    /// The time an outcome lasted or came after, written right after it: "stable disease for 12 months", "complete
    /// response (CR) for 10 months", "no evidence of recurrence at more than 2 years", "died ~4 months later".
    /// </summary>
    private static OutcomeFact WithDuration(ExtractionContext context, OutcomeFact fact, int end)
    {
        if (fact.Kind is not ("death" or "stable-disease" or "complete-response" or "partial-response" or "remission" or "no-evidence-of-disease"))
        {
            return fact;
        }

        var text = context.Text;
        var limit = Math.Min(context.SentenceAt(end - 1).End, end + 90);
        if (limit <= end)
        {
            return fact;
        }

        var window = text.Substring(end, limit - end);
        var match = LaterRegex().Match(window);
        if (!match.Success && fact.Kind != "death")
        {
            match = LastingRegex().Match(window);

            // "at 2 years" dates a disease-free state; for a response it only dates the scan
            if (match.Success && fact.Kind != "no-evidence-of-disease" && match.Groups["p"].ValueSpan.Equals("at", StringComparison.OrdinalIgnoreCase))
            {
                return fact;
            }
        }

        if (!match.Success || !NumberWords.TryParse(match.Groups["n"].ValueSpan, out var value))
        {
            return fact;
        }

        var unit = match.Groups["u"].Value.ToLowerInvariant() switch
        {
            var u when u.StartsWith('d') => "day",
            var u when u.StartsWith('w') => "week",
            var u when u.StartsWith('y') => "year",
            _ => "month",
        };
        var qualifier = match.Groups["q"].Success ? QualifierOf(match.Groups["q"].ValueSpan) : null;
        return fact with { Value = value, Unit = unit, Qualifier = qualifier };
    }

    private static void AddShrinkage(ExtractionContext context, List<OutcomeFact> found, List<(int Start, int End)> covered)
    {
        var text = context.Text;
        foreach (var regex in new[] { ShrinkageByRegex(), ShrinkagePercentFirstRegex() })
        {
            foreach (var (start, end) in Anchored(text, regex, "%"))
            {
                if (Overlaps(covered, start, end) || !TumorContext(text, context.SentenceAt(start)) || !Affirmed(context, start, end))
                {
                    continue;
                }

                var value = PercentRegex().Match(text, start, end - start);
                if (!value.Success || !double.TryParse(value.Groups[1].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent))
                {
                    continue;
                }

                var qualifier = QualifierOf(text.AsSpan(start, end - start));
                covered.Add((start, end));
                found.Add(Fact(context, "tumor-shrinkage", start, end) with { Value = percent, Unit = "%", Qualifier = qualifier });
            }
        }
    }

    private static void AddSurvival(ExtractionContext context, List<OutcomeFact> found, List<(int Start, int End)> covered)
    {
        var text = context.Text;
        // The regex reads "survival" in either case but the abbreviations only in capitals.
        var survival = Anchored(text, SurvivalRegex(), "survival");
        survival.AddRange(Anchored(text, SurvivalRegex(), StringComparison.Ordinal, "PFS", "OS").Where(m => !survival.Contains(m)));
        survival.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var (start, end) in survival)
        {
            if (Overlaps(covered, start, end) || !InCase(context, start))
            {
                continue;
            }

            var span = text.AsSpan(start, end - start);
            var kind = span.StartsWith("p", StringComparison.OrdinalIgnoreCase) ? "progression-free-survival" : "overall-survival";
            var duration = DurationRegex().Match(text, start, end - start);
            if (!duration.Success || !NumberWords.TryParse(duration.Groups["n"].ValueSpan, out var value))
            {
                continue;
            }

            var unit = duration.Groups["u"].Value.ToLowerInvariant() switch
            {
                var u when u.StartsWith('d') => "day",
                var u when u.StartsWith('w') => "week",
                var u when u.StartsWith('y') => "year",
                _ => "month",
            };
            var qualifier = QualifierOf(span) ?? (duration.ValueSpan.Contains('+') ? ">" : null);
            covered.Add((start, end));
            found.Add(Fact(context, kind, start, end) with { Value = value, Unit = unit, Qualifier = qualifier });
        }
    }

    private static string? QualifierOf(ReadOnlySpan<char> span)
    {
        var match = QualifierRegex().Match(span.ToString());
        if (!match.Success)
        {
            return null;
        }

        return match.Value.ToLowerInvariant() switch
        {
            "≥" or "at least" or ">=" => "≥",
            "≤" or "up to" or "<=" => "≤",
            ">" or "over" or "more than" or "greater than" or "longer than" or "beyond" or "exceeding" => ">",
            "<" or "less than" or "under" or "shorter than" => "<",
            "∼" or "~" or "≈" => "~",
            _ => "~",
        };
    }

    /// <summary>"recurrence of symptoms", "relapse of colitis": an "of" that names something other than the disease.</summary>
    private static bool OfSomethingElse(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(48, text.Length - end));
        if (!after.StartsWith(" of ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = after[4..];
        if (rest.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("his ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("her ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[4..];
        }

        // the noun may follow a few adjectives: "progression of his underlying metastatic disease"
        for (var words = 0; words < 4 && rest.Length > 0; words++)
        {
            var space = rest.IndexOfAny(' ', ',', '.');
            var word = space < 0 ? rest : rest[..space];
            if (TumorWordRegex().IsMatch(word) || word.StartsWith("malignan", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("primary", StringComparison.OrdinalIgnoreCase) || word.StartsWith("neoplas", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (space < 0 || rest[space] != ' ')
            {
                break;
            }

            rest = rest[(space + 1)..];
        }

        return true;
    }

    private static bool TumorContext(string text, Sentence sentence) =>
        TumorWordRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    private static OutcomeFact Fact(ExtractionContext context, string kind, int start, int end) => new()
    {
        Patient = context.PatientAt(start),
        Kind = kind,
        // a death ends the course; it is no response of a treatment named beside it
        Therapy = kind == "death" ? [] : TherapyNear(context, start),
        Evidence = context.Evidence(start, end),
    };

    /// <summary>The drugs (generic names) and radiotherapy named in the outcome's sentence or the one before, in text order.</summary>
    private static string[] TherapyNear(ExtractionContext context, int start)
    {
        var text = context.Text;
        var index = context.SentenceIndexAt(start);
        if (index < 0)
        {
            return [];
        }

        var from = context.Sentences[Math.Max(0, index - 1)].Start;
        var to = context.Sentences[index].End;
        var window = text.AsSpan(from, to - from);
        var named = new List<(int Position, string Name)>();
        foreach (var drug in context.Drugs)
        {
            // only treatments the patient received: a planned or declined drug is no cause of an outcome
            if (drug.Status != TreatmentStatus.Given || named.Exists(n => n.Name == drug.Name))
            {
                continue;
            }

            var position = WordIndex(window, drug.Name);
            if (position < 0 && !string.Equals(drug.Mention, drug.Name, StringComparison.OrdinalIgnoreCase))
            {
                position = WordIndex(window, drug.Mention);
            }

            if (position >= 0)
            {
                named.Add((position, drug.Name));
            }
        }

        if (context.Radiotherapy.Exists(r => r.Status == TreatmentStatus.Given) && RadiotherapyRegex().Match(window.ToString()) is { Success: true } radiotherapy)
        {
            named.Add((radiotherapy.Index, "radiotherapy"));
        }

        named.Sort((a, b) => a.Position.CompareTo(b.Position));
        return [.. named.Select(n => n.Name)];
    }

    private static int WordIndex(ReadOnlySpan<char> window, string word)
    {
        if (word.Length == 0)
        {
            return -1;
        }

        var offset = 0;
        while (offset < window.Length)
        {
            var index = OrdinalIgnoreCase.IndexOf(window[offset..], word);
            if (index < 0)
            {
                return -1;
            }

            var s = offset + index;
            var e = s + word.Length;
            if ((s == 0 || !char.IsLetterOrDigit(window[s - 1])) && (e == window.Length || !char.IsLetterOrDigit(window[e])))
            {
                return s;
            }

            offset = s + 1;
        }

        return -1;
    }

    /// <summary>One fact per patient, kind, value and therapy; an outcome without therapy gives way to the same one with therapy.</summary>
    private static void Collect(ExtractionContext context, List<OutcomeFact> found)
    {
        found.Sort((a, b) => a.Evidence.Start.CompareTo(b.Evidence.Start));
        var withTherapy = new HashSet<(string, string, double?, string?, string?)>();
        foreach (var fact in found)
        {
            if (fact.Therapy.Count > 0)
            {
                withTherapy.Add((fact.Patient, fact.Kind, fact.Value, fact.Unit, fact.Qualifier));
            }
        }

        var valued = new HashSet<(string, string)>();
        foreach (var fact in found)
        {
            if (fact.Value is not null)
            {
                valued.Add((fact.Patient, fact.Kind));
            }
        }

        var seen = new HashSet<(string, string, double?, string?, string?, string)>();
        foreach (var fact in found)
        {
            // an outcome without a figure gives way to the same outcome with one, and one without therapy to one with
            if ((fact.Value is null && valued.Contains((fact.Patient, fact.Kind)))
                || (fact.Therapy.Count == 0 && withTherapy.Contains((fact.Patient, fact.Kind, fact.Value, fact.Unit, fact.Qualifier))))
            {
                continue;
            }

            if (seen.Add((fact.Patient, fact.Kind, fact.Value, fact.Unit, fact.Qualifier, string.Join('|', fact.Therapy))))
            {
                context.Outcomes.Add(fact);
            }
        }
    }

    [GeneratedRegex(@"\bno (?:radiological |radiologic |radiographic |clinical |further |)(?:evidence|signs?) of (?:residual |recurrent |active |metastatic |local |distant |)(?:disease|recurrence|tumou?r|cancer|relapse|disease recurrence|tumou?r recurrence)\b|\b(?:disease|cancer|tumou?r|recurrence|relapse)[- ]free\b|\bfree of (?:disease|cancer|tumou?r|recurrence)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoDiseaseRegex();

    [GeneratedRegex(@"\bNED\b")]
    private static partial Regex NedRegex();

    [GeneratedRegex(@"\b(?:(?:near|nearly|almost)[- ])?(?:complete|partial)\s+(?:(?:metabolic|radiological|radiologic|radiographic|clinical|pathologic|pathological|objective|durable|sustained|tumou?r|major|remarkable|dramatic)\s+)?response\b|\b(?:pathologic(?:al)?|radiologic(?:al)?|metabolic|clinical|radiographic)\s+complete\s+response\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseRegex();

    [GeneratedRegex(@"\bstable disease\b|\b(?:RECIST|radiological|radiologic|radiographic|disease) stability\b|\bdisease stabili[sz]ation\b|\bstabili[sz]ation of (?:the |his |her )?disease\b|\bdisease (?:remained|remains|was|has remained) stable\b", RegexOptions.IgnoreCase)]
    private static partial Regex StableRegex();

    [GeneratedRegex(@"\bprogressive disease\b|\b(?:disease|tumou?r|radiological|radiographic|radiologic|clinical|local|systemic|intracranial|hepatic|nodal|metastatic|further|rapid|oligometastatic|leptomeningeal|disease)\s+progression\b|\bprogress(?:ion)? of (?:the |his |her )?(?:(?:known|underlying|primary|metastatic|residual|pulmonary|hepatic|liver|lung|brain|bone|nodal|intracranial|systemic)\s+){0,2}(?:disease|tumou?rs?|cancer|metastas[ie]s|lesions?|melanoma|carcinoma)\b|\b(?:disease|tumou?rs?|lesions?|cancer|melanoma|carcinoma|sarcoma|lymphoma|metastases|he|she|patient|mass|nodules?)\s+(?:had\s+|has\s+|subsequently\s+|later\s+|then\s+|eventually\s+|rapidly\s+|further\s+)?progressed\b|\bprogressed\s+(?:on|after|despite|while|during|through|following)\b|\bprogression\s+(?:on|after|despite|while|during|following)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressionRegex();

    [GeneratedRegex(@"\b(?:(?:complete|partial|clinical|durable|sustained|long-term|continued|complete clinical|complete metabolic)\s+)?remission\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemissionRegex();

    [GeneratedRegex(@"\b(?:(?:local|locoregional|distant|disease|tumou?r|nodal)\s+)?(?:recurrence|relapse)\b|\b(?:recurred|relapsed)\b|\brecurrent disease\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecurrenceRegex();

    [GeneratedRegex(@"\b(?:died|passed away|expired|succumbed|deceased)\b|\bdeath\s+(?:due to|from|of|occurred|was)\b|\b(?:his|her|patient's|patient’s)\s+death\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeathRegex();

    // shrinkage without a figure: "tumor shrinkage", "the mass shrank", "decreased in size", "reduction in the size"
    [GeneratedRegex(@"\b(?:(?:tumou?r\s+)?shrinkage|shrank|shrunk(?:en)?|shrinking|(?:decreased?|reduced|reduction|decline)\s+in\s+(?:the\s+)?(?:size|diameter|volume)|size\s+reduction|(?:size|diameter|volume)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,8}(?:decreased|diminished|reduced|shrank)|(?:became|become|becoming|was|were|got|grew)\s+smaller)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShrinkWordsRegex();

    [GeneratedRegex(@"\b(?:regress|regresses|regressed|regressing|regression)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RegressionRegex();

    // "recurred", "relapse" without a word that says what recurred: only in a sentence about the tumour
    [GeneratedRegex(@"^(?:recurrence|relapse|recurred|relapsed)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareRecurrenceRegex();

    // "Lim et al. reported …", "30 ~ 40% of DLBCL patients …", "previously published cases": other patients than the case
    [GeneratedRegex(@"\bet al\b|^\s*reported\b|(?<!\bwe\s)\breported (?:the |a |an |two |three |several )?cases?\b|\b(?:previously|earlier) (?:published|reported|described)\b|\b(?:studies|trials|cohorts?|meta-analys[ie]s)\b|%\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:patients|cases)\b|\b(?:most|many|some|all)\s+(?:[\w-]+\s+)?(?:patients|cases)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherPatientsRegex();

    // "died 4 months later", "died ~4 months later", "died 17 days post initial presentation"
    [GeneratedRegex(@"^[\s,]*(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|less than|~|∼|≈)\s*)?(?<n>\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?<u>days?|weeks?|months?|years?)\s+(?:later|after|post|following|thereafter|afterwards|from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaterRegex();

    // "stable disease for 12 months", "complete response (CR) for 10 months", "no evidence of recurrence at more than 2 years of follow-up"
    [GeneratedRegex(@"^(?:\s*\([^()]{1,20}\))?(?:\s+(?!age\b|aged\b)[\w-]+){0,4}?\s+(?<p>for|lasting|at|over|during)\s+(?:(?:the\s+)?(?:last|past|next)\s+)?(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|at least|less than|~|∼|≈|>|≥)\s*)?(?<n>\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\+?\s*(?<u>days?|weeks?|months?|years?)\b(?!\s+(?:of\s+)?(?:age|old)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LastingRegex();

    [GeneratedRegex(@"\b(?:CR|PR|SD|PD)\b")]
    private static partial Regex AbbreviationRegex();

    [GeneratedRegex(@"respon|RECIST|evaluation|assessment|achieved|best overall|restaging", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseContextRegex();

    [GeneratedRegex(@"\bER\b|estrogen|oestrogen|progesterone|HER2|hormone receptor")]
    private static partial Regex ReceptorRegex();

    // "decreased by 40%", "shrank by approximately 30 %", "reduction in size by 50%"
    [GeneratedRegex(@"\b(?:decreased|reduced|shrank|shrunk|shrunken|regressed|declined|diminished|reduction|decrease|shrinkage)(?:\s+in\s+(?:size|diameter|volume))?\s+by\s+(?:approximately\s+|about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+|~\s*|>\s*)?\d{1,3}(?:\.\d+)?\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex ShrinkageByRegex();

    // "a 30% reduction in tumor size", "approximately 50% shrinkage of the lesion"
    [GeneratedRegex(@"(?:\b(?:approximately|about|around|nearly|almost|more than|over)\s+|[~>]\s*)?\b\d{1,3}(?:\.\d+)?\s*%\s+(?:reduction|decrease|shrinkage|regression|decline|tumou?r shrinkage|tumou?r reduction|size reduction)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShrinkagePercentFirstRegex();

    [GeneratedRegex(@"(\d{1,3}(?:\.\d+)?)\s*%")]
    private static partial Regex PercentRegex();

    [GeneratedRegex(@"\b(?:tumou?rs?|lesions?|mass|masses|nodules?|nodes?|metasta\w*|target|size|diameter|volume|burden|disease|cancer|carcinoma|melanoma|sarcoma|lymphoma)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TumorWordRegex();

    // "progression-free survival of 14 months", "PFS > 2 years", "OS of approximately 20 months", "overall survival was 3.5 years"
    [GeneratedRegex(@"(?:\b[Pp]rogression[- ]free [Ss]urvival|\bPFS|\b[Oo]verall [Ss]urvival|\bOS)\b(?:\s*\((?:PFS|OS)\))?(?:\s+(?:was|is|of|reached|exceeded|exceeding|lasted|exceeds|has been|time of|duration of|now))*\s*(?::|=)?\s*(?:(?:approximately|about|around|nearly|almost|roughly|over|more than|greater than|longer than|less than|at least|up to|beyond|exceeding|under|~|>|<|≥|≤|>=|<=)\s*)?(?:\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\+?\s*(?:days?|weeks?|months?|mos?|years?|yrs?)\b")]
    private static partial Regex SurvivalRegex();

    [GeneratedRegex(@"(?<n>\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\+?\s*(?<u>days?|weeks?|months?|mos?|years?|yrs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationRegex();

    [GeneratedRegex(@"≥|≤|>=|<=|>|<|~|∼|≈|\b(?:approximately|about|around|nearly|almost|roughly|at least|up to|more than|greater than|longer than|over|beyond|exceeding|less than|under|shorter than)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QualifierRegex();

    [GeneratedRegex(@"\b(?:radiotherapy|radiation|irradiation|chemoradiotherapy|chemoradiation|SBRT|SABR|SRS|stereotactic|IMRT|brachytherapy|Gy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RadiotherapyRegex();
}
