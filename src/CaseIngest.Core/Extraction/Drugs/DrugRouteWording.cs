using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// The route a drug is given by: route words after or before the drug ("intravenously", "oral", "IV", "s.c.", the
/// intravenous drip "ivgtt" and continuous infusion "CIV") and the forms that imply one (an infusion is intravenous, a
/// tablet oral).
/// </summary>
public static partial class DrugAttributeParser
{
    public static string? FindRoute(string text)
    {
        var m = RouteRegex().Match(text);
        if (!m.Success && FormRouteCues.ContainsAny(text))
        {
            m = FormRouteRegex().Match(text);
        }

        return m.Success ? CanonicalRoute(m.Groups["route"].Value) : null;
    }

    /// <summary>
    /// The route a drug's name states ("intravenous immunoglobulin", whatever synonym the text used for it), or null: the
    /// name is then the route's evidence even when the sentence gives none.
    /// </summary>
    public static string? RouteInName(string generic) =>
        RouteInNameRegex().Match(generic) is { Success: true } m ? CanonicalRoute(m.Groups["route"].Value) : null;

    /// <summary>
    /// The route an initialism states by its first letters ("IVCY", intravenous cyclophosphamide; "IVMP"), or null.
    /// </summary>
    public static string? RouteInInitialism(ReadOnlySpan<char> mention) =>
        mention.Length >= 4 && mention.StartsWith("IV", StringComparison.Ordinal) && !mention.ContainsAnyExceptInRange('A', 'Z') ? "intravenous" : null;

    /// <summary>
    /// Where words that lead into the next drug with its route begin at the end of <paramref name="segment"/> ("… combined
    /// with intrathecal injection of", "… with intrathecal chemotherapy with", "… and oral"), or -1: the route adjective is
    /// the next drug's, not the drug's before it. An adverb ("intravenously") or an abbreviation ("IV") after a drug is
    /// that drug's own and is not read here.
    /// </summary>
    public static int TrailingRouteLeadStart(ReadOnlySpan<char> segment) =>
        RouteLeadCues.ContainsAny(segment) ? FirstMatchIndex(RouteLeadRegex(), segment) : -1;

    private static string CanonicalRoute(string raw)
    {
        var r = raw.ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return r switch
        {
            _ when r.EndsWith("arterialinfusion", StringComparison.Ordinal) || r.EndsWith("arterialinfusions", StringComparison.Ordinal) => "intra-arterial",
            _ when r.StartsWith("intravenous", StringComparison.Ordinal) || r is "iv" or "ivgtt" or "civ" => "intravenous",
            _ when r.StartsWith("infus", StringComparison.Ordinal) || r.StartsWith("drip", StringComparison.Ordinal) || r.StartsWith("by", StringComparison.Ordinal) && r.Contains("vein", StringComparison.Ordinal) => "intravenous",
            _ when r.StartsWith("oral", StringComparison.Ordinal) || r.StartsWith("peroral", StringComparison.Ordinal) || r.StartsWith("per-oral", StringComparison.Ordinal) || r is "po" or "bymouth" or "peros" => "oral",
            _ when r.StartsWith("tablet", StringComparison.Ordinal) || r.StartsWith("capsule", StringComparison.Ordinal) => "oral",
            _ when r.StartsWith("bolus", StringComparison.Ordinal) => "intravenous",
            _ when r.StartsWith("ointment", StringComparison.Ordinal) || r.StartsWith("cream", StringComparison.Ordinal) || r.StartsWith("gel", StringComparison.Ordinal) || r.StartsWith("lotion", StringComparison.Ordinal) => "topical",
            _ when r.StartsWith("suppositor", StringComparison.Ordinal) => "rectal",
            _ when r.StartsWith("patch", StringComparison.Ordinal) || r.StartsWith("transdermalpatch", StringComparison.Ordinal) => "transdermal",
            _ when r.StartsWith("inhaler", StringComparison.Ordinal) => "inhaled",
            _ when r.StartsWith("subcut", StringComparison.Ordinal) || r is "sc" or "sq" or "s/c" => "subcutaneous",
            _ when r.StartsWith("intramuscular", StringComparison.Ordinal) || r is "im" => "intramuscular",
            _ when r.StartsWith("topical", StringComparison.Ordinal) => "topical",
            _ when r.StartsWith("intrathecal", StringComparison.Ordinal) => "intrathecal",
            _ when r.StartsWith("intravesical", StringComparison.Ordinal) => "intravesical",
            _ when r.StartsWith("inhal", StringComparison.Ordinal) || r.StartsWith("nebuli", StringComparison.Ordinal) => "inhaled",
            _ when r.StartsWith("intravitreal", StringComparison.Ordinal) => "intravitreal",
            _ when r.StartsWith("intra-arterial", StringComparison.Ordinal) || r.StartsWith("intraarterial", StringComparison.Ordinal) || r.StartsWith("transarterial", StringComparison.Ordinal) => "intra-arterial",
            _ when r.StartsWith("intraperitoneal", StringComparison.Ordinal) => "intraperitoneal",
            _ when r.StartsWith("intralesional", StringComparison.Ordinal) => "intralesional",
            _ when r.StartsWith("intratumoral", StringComparison.Ordinal) => "intratumoral",
            _ when r.StartsWith("intranasal", StringComparison.Ordinal) => "intranasal",
            _ when r.StartsWith("rectal", StringComparison.Ordinal) || r is "perrectum" => "rectal",
            _ when r.StartsWith("transdermal", StringComparison.Ordinal) => "transdermal",
            _ when r.StartsWith("sublingual", StringComparison.Ordinal) => "sublingual",
            _ when r.StartsWith("epidural", StringComparison.Ordinal) => "epidural",
            _ => r,
        };
    }

    [GeneratedRegex(@"(?<route>(?i:\bintravenous(?:ly)?\b|\bi\.v\b\.?|\borally\b|\boral\s+(?:administration|dose|dosing|route|tablets?|capsules?|solution|suspension|formulation|form)\b|\bp\.o\b\.?|\bby mouth\b|\bper os\b|\bper-?oral(?:ly)?\b|\bsubcutaneously\b|\bsubcutaneous\b(?!\s+(?:lesions?|nodules?|mass(?:es)?|metasta\w*|tissues?|fat|emphysema|o?edema|tumou?rs?|abscess\w*|layer|space|cysts?|ha?ematomas?|infiltrat\w*|involvement|fibrosis|panniculitis|nodes?|deposits?|swelling|thickening|implants?|spread|region|plane))|\bsubcut\b|\bs\.c\b\.?|\bs/c\b|\bs\.q\.|\bintramuscular(?:ly)?\b|\bi\.m\b\.?|\btopical(?:ly)?\b|\bintrathecal(?:ly)?\b|\bintravesical(?:ly)?\b|\binhal(?:ed|ation)\b|\bnebuli[sz]ed\b|\bintravitreal(?:ly)?\b|\bintra-?arterial(?:ly)?\b|\btransarterial\b|\bintraperitoneal(?:ly)?\b|\bintralesional(?:ly)?\b|\bintratumou?ral(?:ly)?\b|\bintranasal(?:ly)?\b|\brectally\b|\brectal\s+(?:suppositor\w*|enemas?|administration|route|foam)\b|\bper\s+rectum\b|\btransdermal(?:ly)?\b|\bsublingual(?:ly)?\b|\bepidural\b|\bby\s+(?:the\s+)?veins?\b|\bivgtt\b|\boral\b(?=\s*[,;)]))|\bCIV\b|(?<!(?i:stage|grade|type|class|phase|level|factor|cycle|part|lesion|group|segment|zone|step)\s)\bIV\b|(?<!(?i:stage|grade|type|class|phase|level|factor|cycle|part|lesion|group|segment|zone|step)\s|\()\biv\b(?!\))|\b(?:PO|po)\b|\b(?:SC|SQ)\b|(?<=\d\s?(?:mg|g|µg|mcg|IU|U|units|mg/kg|IU/kg|U/kg)\s)(?:sc|sq)\b|\bIM\b(?!\s+(?:nail\w*|rod\w*|fixation|pin\w*)\b))")]
    private static partial Regex RouteRegex();

    /// <summary>
    /// Words that imply a route through the form of administration: an infusion, drip or bolus is intravenous unless
    /// arterial, a tablet or capsule is taken by mouth, an ointment, cream or gel is topical, a suppository rectal, a
    /// patch transdermal and an inhaler inhaled. They belong to the drug whose words they follow.
    /// </summary>
    [GeneratedRegex(@"(?<route>\b(?:hepatic\s+)?arterial\s+infusions?\b|\binfus(?:ions?|ed)\b(?![\s-]+(?:related|reactions?)\b)|\bdrips?\b|\bbolus(?:es)?\b|\b(?:tablets?|capsules?)\b|\b(?:ointments?|creams?|gels?|lotions?)\b|\bsuppositor(?:y|ies)\b|\b(?:transdermal\s+)?patch(?:es)?\b(?!\s+test)|\binhalers?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FormRouteRegex();

    /// <summary>
    /// A route written before the drug, up to three words before it ("intravenous high-dose methotrexate"); a cycle day
    /// or a q-schedule in those words ("… 1.4 mg/m2 IV d1, prednisone") closes the words of the drug before.
    /// </summary>
    [GeneratedRegex(@"(?<route>\b(?:[Ii]ntravenous(?:ly)?|[Oo]ral(?:ly)?|(?<!(?i:stage|grade|type|class|phase)\s)(?:IV|iv)|i\.v\.|[Ss]ubcutaneous(?:ly)?|[Ii]ntramuscular(?:ly)?|[Tt]opical|[Ii]ntrathecal|[Ii]ntravesical|[Ii]nhaled|[Nn]ebuli[sz]ed|[Ii]ntravitreal|[Ii]ntra-?arterial|[Ii]ntraperitoneal|[Ii]ntralesional|[Tt]ransdermal|[Ss]ublingual|[Ii]ntranasal|(?:[Hh]epatic\s+)?[Aa]rterial\s+infusions?(?=\s+(?:of|with)\b)|[Ii]nfusions?(?=\s+(?:of|with)\b)|[Dd]rips?(?=\s+(?:of|with)\b)))(?:\s*\([A-Za-z./]{2,5}\))?(?:\s+(?:(?!(?:and|or|plus|but|then|after|before|[dD]\d{1,2}|[dD]ays?|[qQ]\d{1,2}\w*)\b)[\w-]+\s+){0,3}|\s+(?:(?!(?:and|or|plus|but|then|after|before|[dD]\d{1,2}|[dD]ays?|[qQ]\d{1,2}\w*)\b)[\w-]+\s+){0,2}[\w-]+,?\s+(?:including|such\s+as|namely)\s+)?[\s(]*$")]
    private static partial Regex RouteBeforeRegex();

    /// <summary>
    /// A route adjective at the end of the words before the next drug, alone or with up to two words and "of" or "with".
    /// | end of the words between two drugs | match |
    /// |---|---|
    /// | " combined with intrathecal injection of " | "intrathecal injection of " |
    /// | " with intrathecal chemotherapy with " | "intrathecal chemotherapy with " |
    /// | " was given intravenously together with " | no match |
    /// | " 50 mg IV with " | no match |
    /// </summary>
    [GeneratedRegex(@"\b(?:intravenous|oral|subcutaneous|intramuscular|intrathecal|intravesical|intraperitoneal|intra-?arterial|intravitreal|intralesional|topical|inhaled|nebuli[sz]ed|transdermal|sublingual|intranasal)(?:\s+(?:(?!(?:and|or|plus|but|then|after|before)\b)[\w-]+\s+){0,2}(?:of|with)\b)?[\s(]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RouteLeadRegex();

    [GeneratedRegex(@"^(?<route>intravenous|subcutaneous|intramuscular|oral|intrathecal|intravesical|inhaled|topical|transdermal|intranasal)\s", RegexOptions.IgnoreCase)]
    private static partial Regex RouteInNameRegex();
}
