using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// A schedule, route or count of cycles stated for the course in a sentence that names no drug ("Cycles were repeated
/// every 28 days"; "The regimen was given every 3 weeks for 4 cycles"; "Both drugs were given intravenously") belongs
/// to the drugs of the statement just before it, where they state none themselves; so does such a clause that opens the
/// sentence of the next drug statement, before its first drug.
/// </summary>
internal static partial class DrugRepeatAnaphora
{
    /// <summary>How many sentences back the drug statement may be.</summary>
    private const int SentenceReach = 2;

    /// <summary>The longest line read as a row of a flattened table.</summary>
    private const int RowLimit = 120;

    /// <summary>Looks only at the sentences right after each drug statement, so the cost follows the mentions, not the text.</summary>
    public static void Apply(ExtractionContext context, List<DrugMention> mentions)
    {
        var text = context.Text;
        var sentences = context.Sentences;
        var rowsFirst = -1;
        var rowsSentence = int.MinValue;
        foreach (var (statementFirst, last, statement, nextStatement) in DrugStatement.All(context, mentions))
        {
            // the rows of a table flattened one drug a line are one statement: a schedule below the table is theirs
            var row = IsTableRow(text, sentences[statement], mentions[statementFirst].Start);
            var first = row && rowsSentence == statement - 1 ? rowsFirst : statementFirst;
            (rowsFirst, rowsSentence) = row ? (first, statement) : (-1, int.MinValue);
            if (ClauseAfterSemicolon(text, sentences[statement], mentions[last].End) is { } clause)
            {
                Give(mentions, first, last, clause);
            }

            for (var index = statement + 1; statement >= 0 && index <= statement + SentenceReach && index <= Math.Min(nextStatement, sentences.Count - 1); index++)
            {
                // The sentence of the next statement counts only up to its first drug ("The regimen was given every
                // 21 days for 4 cycles, followed by pemetrexed maintenance").
                var sentence = sentences[index];
                var end = index == nextStatement ? mentions[last + 1].Start : sentence.End;
                var match = RepeatedRegex().Match(text, sentence.Start, Math.Max(0, end - sentence.Start));
                if (!match.Success)
                {
                    if (index == nextStatement)
                    {
                        break;
                    }

                    continue;
                }

                if (context.IsAboutCase(match.Index) && context.PatientAt(mentions[last].Start) == context.PatientAt(match.Index))
                {
                    Give(mentions, first, last, match.Groups["schedule"].Value);
                }

                break;
            }
        }
    }

    /// <summary>
    /// The schedule of a course clause that follows the statement's last drug after a semicolon ("docetaxel 75 mg/m2 and
    /// cyclophosphamide 600 mg/m2; the regimen was repeated every 21 days for six cycles"), or null. The clause must open
    /// with the course, so a clause about other care ("; her radiation therapy was given daily") gives nothing.
    /// </summary>
    private static string? ClauseAfterSemicolon(string text, Sentence sentence, int lastDrugEnd)
    {
        var semicolon = lastDrugEnd < sentence.End ? text.IndexOf(';', lastDrugEnd, sentence.End - lastDrugEnd) : -1;
        if (semicolon < 0)
        {
            return null;
        }

        var start = semicolon + 1;
        while (start < sentence.End && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var match = RepeatedRegex().Match(text, start, sentence.End - start);
        return match.Success && IsDeterminer(text.AsSpan(start, match.Index - start).Trim()) ? match.Groups["schedule"].Value : null;
    }

    /// <summary>Nothing, or the word that may open the course clause before its noun ("the regimen", "this treatment").</summary>
    private static bool IsDeterminer(ReadOnlySpan<char> words) => words is [] || words.Equals("the", StringComparison.OrdinalIgnoreCase)
        || words.Equals("this", StringComparison.OrdinalIgnoreCase) || words.Equals("each", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gives the schedule, route and count of cycles in <paramref name="schedule"/> to the statement's drugs that state none themselves.</summary>
    private static void Give(List<DrugMention> mentions, int first, int last, string schedule)
    {
        var frequency = DrugAttributeParser.FindFrequency(schedule);
        var route = DrugAttributeParser.FindRoute(schedule);
        var cycles = DrugAttributeParser.FindCyclesAfter(schedule);
        for (var k = first; k <= last; k++)
        {
            var attributes = mentions[k].Attributes;
            mentions[k] = mentions[k] with
            {
                Attributes = attributes with
                {
                    Frequency = attributes.Frequency ?? frequency,
                    Route = attributes.Route ?? route,
                    Cycles = attributes.Cycles ?? cycles,
                },
            };
        }
    }

    /// <summary>A line of its own that opens with the drug ("Cisplatin | 75 mg/m2 | IV | day 1"): a row of a flattened table.</summary>
    private static bool IsTableRow(string text, Sentence sentence, int drugStart)
    {
        if (sentence.Length > RowLimit || (sentence.Start > 0 && text[sentence.Start - 1] != '\n'))
        {
            return false;
        }

        return text.AsSpan(sentence.Start, drugStart - sentence.Start).Trim(" \t|") is [];
    }

    /// <summary>
    /// "Cycles were repeated every 28 days", "The treatment was given every 3 weeks for 4 cycles", "it was administered
    /// q3w", "Both drugs were administered intravenously", "These were infused every 21 days", "The drug was given
    /// intravenously", "The combination was given every 3 weeks", and a table note "Repeated every 3 weeks": the verb and
    /// the rest of the clause.
    /// </summary>
    [GeneratedRegex(@"\b(?:cycles?|courses?|treatments?|regimen|chemotherapy|chemoimmunotherapy|immunotherapy|therapy|it|this|they|these|(?:the|this)\s+(?:drug|agent|medication|combination|antibody|doublet|infusions?|injections?)|both(?:\s+(?:drugs|agents))?|(?:the|these|all)\s+(?:drugs|agents|three|two)|each(?:\s+(?:drug|agent))?)\s+(?:was|were|is|are)\s+(?:then\s+|both\s+|all\s+)?(?<schedule>(?:repeated|given|administered|scheduled|infused|delivered)\b[^;:]*)|^\s*(?<schedule>repeated\s+(?:every|q\s?\d)[^;:]*)", RegexOptions.IgnoreCase)]
    private static partial Regex RepeatedRegex();
}
