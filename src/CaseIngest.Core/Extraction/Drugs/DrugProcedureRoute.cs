using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A cytotoxic drug given within a transarterial procedure ("TACE with epirubicin 30 mg", "hepatic arterial infusion
/// chemotherapy of oxaliplatin", "embolization was performed. This involved a mixture of lipiodol and doxorubicin") is
/// given intra-arterially when its own words state no route. The procedure must lead into the drug's clause: a drug
/// started after the procedure ("after TACE, cisplatin was given") or an oral agent taken alongside it keeps its own
/// route.
/// </summary>
internal static partial class DrugProcedureRoute
{
    /// <summary>How far before the drug the procedure may be named in its sentence.</summary>
    private const int ProcedureReach = 120;

    /// <summary>The classes of drug delivered into an artery in these procedures.</summary>
    private static readonly HashSet<string> CytotoxicClasses = new(StringComparer.Ordinal)
    {
        "anthracycline", "platinum agent", "antimetabolite", "alkylating agent", "topoisomerase inhibitor",
    };

    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Attributes.Route is not null || !mention.Drugs.All(d => d.DrugClass is { } c && CytotoxicClasses.Contains(c)))
            {
                continue;
            }

            var sentence = context.SentenceAt(mention.Start);
            if (LeadsInto(text, Math.Max(sentence.Start, mention.Start - ProcedureReach), mention.Start)
                || (AnaphoricOpeningRegex().IsMatch(text.AsSpan(sentence.Start, mention.Start - sentence.Start))
                    && context.SentenceIndexAt(mention.Start) is > 0 and var index
                    && ProcedureRegex().IsMatch(text.AsSpan(context.Sentences[index - 1].Start, context.Sentences[index - 1].Length))))
            {
                mentions[i] = mention with { Attributes = mention.Attributes with { Route = "intra-arterial" } };
            }
        }
    }

    /// <summary>A procedure named in <c>[start, end)</c>, not as a past event, with no clause break between it and the drug.</summary>
    private static bool LeadsInto(string text, int start, int end)
    {
        Match? last = null;
        for (var m = ProcedureRegex().Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            last = m;
        }

        if (last is null)
        {
            return false;
        }

        var lead = text.AsSpan(start, last.Index - start);
        var between = text.AsSpan(last.Index + last.Length, end - last.Index - last.Length);
        return !PastProcedureRegex().IsMatch(lead) && !BreakRegex().IsMatch(between);
    }

    /// <summary>"TACE", "transarterial chemoembolization", "hepatic arterial infusion chemotherapy (HAIC)", "arterial embolization".</summary>
    [GeneratedRegex(@"\b(?:c?TACE|DEB-TACE|HAIC|chemo-?emboli[sz]ation|arterial\s+emboli[sz]ation|(?:hepatic\s+)?arterial\s+infusion(?:\s+chemotherapy)?|intra-?arterial\s+chemotherapy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProcedureRegex();

    /// <summary>"After TACE, …", "following chemoembolization": the procedure is a time, not the drug's vehicle.</summary>
    [GeneratedRegex(@"\b(?:after|following|before|prior\s+to|post)\b[\w\s()-]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex PastProcedureRegex();

    [GeneratedRegex(@"[;:]|\b(?:but|however|then|after|later|subsequently|thereafter|until|followed|instead|received|receiving|started|initiated|combined|plus|alongside|orally|oral)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BreakRegex();

    /// <summary>"This involved …", "The procedure used …": a sentence that goes on describing the procedure just named.</summary>
    [GeneratedRegex(@"^\s*(?:this|it|the\s+(?:procedure|embolization|embolisation|infusion|mixture)|during\s+(?:the|this)\s+procedure)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnaphoricOpeningRegex();
}
