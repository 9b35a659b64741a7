using System.Text.RegularExpressions;
using CaseIngest.Core.Formats;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Patients;

/// <summary>
/// The one decision whether a document reports cases of its own (<c>article.isCaseReport</c>): a case report or case
/// series is; a cohort study, review, trial or guideline is not, and then has no patient facts. In order: a
/// "Case Reports" publication type; case wording in the title or abstract ("we report a case", "case report", "a
/// 45-year-old"); a study publication type (a case unless the text says it reports one); study wording in the title
/// or abstract ("retrospective cohort", "we reviewed", "systematic review", "120 patients were enrolled", "median overall
/// survival was"); for a typed record, a patient of its own (an age, or one told of in the singular) or what a case says
/// of itself, else no case; for other text, case wording anywhere or a described patient, else unknown.
/// </summary>
public static partial class CaseReportGate
{
    /// <summary>How much of a document without an abstract section stands for its title and abstract.</summary>
    private const int LeadLength = 3000;

    /// <summary>True for a case report or series, false for a document that reports no case, null when the text does not say.</summary>
    public static bool? Decide(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var types = context.Document.Article.PublicationTypes;
        if (types.Any(PublicationTypeNames.IsCase))
        {
            return true;
        }

        var lead = context.Lead;
        if (types.Any(PublicationTypeNames.IsStudy))
        {
            // a review that also reports a case says so in its title, of its patient or in the first person; "limited to
            // case reports" names its sources
            return TellsOfItsOwnCase(lead, Title(context).Length) || CaseReportRegex().IsMatch(context.Text);
        }

        if (LeadCaseRegex().IsMatch(lead))
        {
            return true;
        }

        if (StudyDesignRegex().IsMatch(lead) || StudyCountRegex().IsMatch(lead) || MethodsRegex().IsMatch(lead) || StatisticsRegex().IsMatch(lead))
        {
            return false;
        }

        if (types.Count > 0)
        {
            // a typed record is its title and abstract, already read above: a patient of its own is one with an age,
            // or one told of in the singular; "women", "male mice", "the patient" of a method paper and "we present"
            // an evaluation tell of none
            return context.Patients.Exists(p => p.AgeYears is not null)
                || (context.Patients.Exists(p => p.Sex is not null) && SingularPersonRegex().IsMatch(context.Text))
                || TypedCaseWordingRegex().IsMatch(context.Text);
        }

        if (context.Patients.Exists(p => p.AgeYears is not null || p.Sex is not null) || CaseWordingRegex().IsMatch(context.Text))
        {
            return true;
        }

        return null;
    }

    /// <summary>A case wording of the lead other than the bare noun ("case reports", "case series") outside the title.</summary>
    private static bool TellsOfItsOwnCase(ReadOnlySpan<char> lead, int titleLength)
    {
        foreach (var match in LeadCaseRegex().EnumerateMatches(lead))
        {
            if (match.Index < titleLength || !lead.Slice(match.Index, match.Length).StartsWith("case", StringComparison.OrdinalIgnoreCase)
                || lead.Slice(match.Index, match.Length).Contains("presentation", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Title(ExtractionContext context)
    {
        foreach (var section in context.Document.Sections)
        {
            if (section.Kind == SectionKind.Title)
            {
                return context.Text.AsSpan(section.Start, section.End - section.Start);
            }
        }

        return [];
    }

    /// <summary>Whether the document reports no case, so that it keeps no patient facts.</summary>
    public static bool DescribesNoCase(ExtractionContext context) => Decide(context) == false;

    /// <summary>The title and abstract, or the opening of a document without an abstract (once per document: <see cref="ExtractionContext.Lead"/>).</summary>
    internal static ReadOnlySpan<char> Lead(ExtractionContext context) => context.Lead;

    /// <summary>Writes the lead into a buffer rented from <see cref="ScratchArrays"/> and returns its length.</summary>
    internal static int BuildLead(ExtractionContext context, out char[] lead)
    {
        // the parts joined by line breaks, copied once from the text: measured, then written
        var length = WriteLead(context, []);
        lead = ScratchArrays.Rent<char>(Math.Max(length, 1));
        return WriteLead(context, lead);
    }

    /// <summary>Writes the title and abstract parts into <paramref name="lead"/> when it is long enough; returns their length either way.</summary>
    private static int WriteLead(ExtractionContext context, Span<char> lead)
    {
        var text = context.Text;
        var at = 0;
        var hasAbstract = false;
        foreach (var section in context.Document.Sections)
        {
            if (section.Kind is SectionKind.Title or SectionKind.Abstract)
            {
                at = Append(text, section.Start, Math.Min(section.End, section.Start + LeadLength), lead, at);
                hasAbstract |= section.Kind == SectionKind.Abstract;
            }
        }

        if (!hasAbstract)
        {
            at = Append(text, 0, Math.Min(text.Length, LeadLength), lead, at);
        }

        return at;
    }

    private static int Append(string text, int start, int end, Span<char> lead, int at)
    {
        var write = lead.Length > 0;
        if (at > 0)
        {
            if (write)
            {
                lead[at] = '\n';
            }

            at++;
        }

        if (write)
        {
            text.AsSpan(start, end - start).CopyTo(lead[at..]);
        }

        return at + end - start;
    }

    // a review that also reports a case: "we present a case", "case presentation"
    [GeneratedRegex(@"\b(?:case presentation|we (?:report|present|describe) (?:[a-z0-9-]+ ){0,3}(?:case|cases|patient|patients)|a case of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaseReportRegex();

    // a person told of in the singular: a pronoun or a singular noun of sex, in lower case or capitalised ("HE staining" is none)
    // ("He 3", helium with its mass number, is none either)
    [GeneratedRegex(@"\b(?:[Hh]e(?!\s*\d)|[Hh](?:is|im|er)|[Ss]he|[Mm]an|[Ww]oman|[Bb]oy|[Gg]irl|[Gg]entleman|[Ll]ady)\b")]
    private static partial Regex SingularPersonRegex();

    // case wording of a typed record: what a case says of itself, not "the patient" or "we present" alone
    [GeneratedRegex(@"\b(?:case\s+reports?|case\s+presentation|a\s+case\s+of|(?:our|this)\s+patient|we\s+(?:report|present|describe)\s+(?:[\w-]+\s+){0,3}(?:case|cases|patient|man|woman|boy|girl|child|infant))\b", RegexOptions.IgnoreCase)]
    private static partial Regex TypedCaseWordingRegex();

    [GeneratedRegex(@"\b(?:case reports?|case presentation|we (?:report|present|describe)|a case of|(?:our|the|this|a) patient|year-old|years? old)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaseWordingRegex();

    // the title or abstract of a case: "case report", "case series", "we describe two cases", "a 45-year-old woman", "this case";
    // patients or cases in the plural are a series only when counted ("we report three patients"): "we describe the
    // course of patients who received X" is how a cohort study sums itself up
    [GeneratedRegex(@"\b(?:case\s+reports?|case\s+series|case\s+presentations?|(?:we|here(?:in)?,?\s+we)\s+(?:report|present|describe)\s+(?:(?:[\w-]+\s+){0,4}(?:case|patient|man|woman|boy|girl|male|female|child|infant)|(?:[\w-]+\s+){0,2}(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:[\w-]+\s+){0,3}(?:cases|patients|men|women|boys|girls|children|infants|siblings))|an?\s+\d{1,3}[\s‐-]*(?:year|month)s?[\s‐-]*old|(?:this|our|a)\s+case|the\s+present\s+case)\b(?![-‐])", RegexOptions.IgnoreCase)]
    private static partial Regex LeadCaseRegex();

    private const string Many =
        @"(?:[1-9]\d[\d,]*|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s][a-z]+)?|hundreds|thousands|dozens)";

    private const string Subjects = @"(?:patients|participants|women|men|subjects|cases|families|probands|individuals|carriers|children)";

    // the title or abstract of a study: its design, its aim, ten or more subjects enrolled, screened or counted, or a
    // Methods part; three patterns, each with its own literal starts for the regex's search, tried in turn
    [GeneratedRegex(@"\b(?:retrospective(?:ly)?\s+(?:[\w-]+\s+){0,2}(?:study|analysis|review|cohort|data)|(?:cohort|cross-sectional|case-control|population-based|observational|multicent(?:er|re)|registry)\s+study"
        + @"|prospective(?:ly)?\s+(?:[\w-]+\s+){0,2}(?:study|cohort|trial)|systematic(?:\s+literature)?\s+review|meta-analys[ie]s|randomi[sz]ed\s+(?:controlled\s+|clinical\s+)?trial|phase\s+(?:I{1,3}V?|[1-4])\s+(?:study|trial)|clinical\s+practice\s+guidelines?"
        + @"|the\s+aim\s+of\s+(?:this|the\s+present|our)\s+study|(?:this|the\s+present|our)\s+study\s+(?:aimed|aims|investigated|evaluated|examined|assessed|included|enrolled|provides)"
        + @"|we\s+(?:retrospectively\s+|routinely\s+|systematically\s+)?(?:reviewed|analy[sz]ed|enrolled|recruited|screened|genotyped|sequenced)\s+(?:the\s+)?(?:data|records|medical\s+records|" + Many + @")"
        + @"|median\s+(?:overall\s+|progression-free\s+|disease-free\s+|event-free\s+|recurrence-free\s+)?survival\s+(?:was|were|of|reached)|median\s+follow-up\s+(?:was|of))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StudyDesignRegex();

    [GeneratedRegex(@"\b(?:" + Many + @"\s+(?:[\w-]+\s+){0,4}" + Subjects + @"\s+(?:were|was|who\s+were)\s+(?:enrolled|included|recruited|analy[sz]ed|screened|tested|genotyped|evaluated|identified|studied)"
        + @"|(?:a\s+total\s+of|out\s+of)\s+" + Many + @"\s+(?:[\w-]+\s+){0,4}" + Subjects + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex StudyCountRegex();

    [GeneratedRegex(@"(?-i:Methods|METHODS)(?=\s*:?\s*[A-Z])", RegexOptions.IgnoreCase)]
    private static partial Regex MethodsRegex();

    // the statistics of a study in its abstract: a p value, a hazard or odds ratio, a confidence interval, a
    // multivariate model, a survival curve, a test's accuracy ("P = 0.002", "HR 2.1, 95% CI 1.3-3.4", "in multivariate
    // analysis", "the area under the ROC curve"), which no case has; "an area under the curve of 5" is carboplatin's dose
    [GeneratedRegex(@"\b(?:p\s*[<=≤]\s*0?\.\d|hazard\s+ratio|odds\s+ratio|95\s*%\s*(?:CI|confidence)|multivariate|univariate|kaplan[-–\s]+meier"
        + @"|cox\s+(?:proportional|regression)|logistic\s+regression|receiver\s+operating|area\s+under\s+the\s+ROC\s+curve|sensitivity\s+and\s+specificity"
        + @"|statistically\s+significant)", RegexOptions.IgnoreCase)]
    private static partial Regex StatisticsRegex();
}
