using System.Text.RegularExpressions;
using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// Figures of outcomes: the time an outcome lasted or came after ("stable disease for 12 months", "died ~4 months
/// later"), the duration of a survival, and the qualifier written with a figure ("more than", "~", "≥").
/// </summary>
internal static partial class OutcomeDurations
{
    /// <summary>
    /// The time an outcome lasted or came after, written right after it: "stable disease for 12 months", "complete
    /// response (CR) for 10 months", "no evidence of recurrence at more than 2 years", "died ~4 months later".
    /// </summary>
    public static OutcomeFact WithDuration(ExtractionContext context, OutcomeFact fact, int end)
    {
        if (fact.Kind is not ("death" or "stable-disease" or "complete-response" or "partial-response" or "remission" or "no-evidence-of-disease" or "recurrence"))
        {
            return fact;
        }

        var text = context.Text;
        var sentence = context.SentenceAt(end - 1);
        var limit = Math.Min(sentence.End, end + 90);
        var window = limit > end ? text.Substring(end, limit - end) : string.Empty;
        // "recurrent lesions were found 20 months after surgery": the time the disease came back, never how long it lasted
        var match = fact.Kind == "recurrence" ? RecurredAfterRegex().Match(window) : LaterRegex().Match(window);

        // "died a month after the operation", "died a year and a half after the diagnosis": an article counts one
        if (!match.Success && fact.Kind == "death")
        {
            match = ArticleLaterRegex().Match(window);
        }

        // "died of respiratory failure 2 weeks after admission": the cause first, then the time
        if (!match.Success && fact.Kind == "death")
        {
            match = DiedOfLaterRegex().Match(window);
        }

        // "died from the disease after six months", "died of sepsis within 3 weeks", "died of the disease a year later": the
        // cause first, then the time counted from the last event told
        if (!match.Success && fact.Kind == "death")
        {
            match = DiedOfAfterRegex().Match(window);
        }

        // "died on postoperative day 12", "died on hospital day 5": the day counted from the operation or the admission
        if (!match.Success && fact.Kind == "death")
        {
            match = OnDayRegex().Match(window);
        }

        // "died of sepsis on day +48 after the transplantation": the cause first, then the numbered day
        if (!match.Success && fact.Kind == "death")
        {
            match = DiedOfOnDayRegex().Match(window);
        }

        // "died on the 13th hospital day", "died of sepsis on the fourth day in intensive care"
        if (!match.Success && fact.Kind == "death")
        {
            match = OrdinalDay.After(window);
        }

        // "a local recurrence was detected at 18 months": the time of follow-up the recurrence was found at
        if (!match.Success && fact.Kind == "recurrence")
        {
            match = FoundAtRegex().Match(window);
        }

        // "death from the disease occurred at 14 months", "his death came 11 days after admission": a verb of happening, then the time
        if (!match.Success && fact.Kind is "death" or "recurrence")
        {
            match = OccurredRegex().Match(window);
        }

        // "died within 2 weeks of admission", "relapsed after 11 months"; "died at home, 5 months after the diagnosis"; "died at
        // home after 3 months", "died in hospital within 10 days"
        if (!match.Success && fact.Kind is "death" or "recurrence")
        {
            match = WithinTimeRegex().Match(window);
            if (!match.Success && fact.Kind == "death")
            {
                match = CommaTimeRegex().Match(window);
            }

            if (!match.Success && fact.Kind == "death")
            {
                match = PlaceThenTimeRegex().Match(window);
            }
        }

        // "remained disease-free for two years until a relapse": the recurrence came when the span ended
        if (!match.Success && fact.Kind == "recurrence")
        {
            match = RecurrenceAfterFreeSpan.Before(text, sentence.Start, fact.Evidence.Start);
        }

        if (!match.Success && fact.Kind is not ("death" or "recurrence"))
        {
            match = LastingRegex().Match(window);

            // "no recurrence has been found in the patient for 12 months": a passive clause before the time
            if (!match.Success && fact.Kind == "no-evidence-of-disease")
            {
                match = FreeForRegex().Match(window);
            }

            // "at 2 years" dates a disease-free state; for a response it only dates the scan
            if (match.Success && fact.Kind != "no-evidence-of-disease" && match.Groups["p"].ValueSpan.Equals("at", StringComparison.OrdinalIgnoreCase))
            {
                return fact;
            }
        }

        // "At 18 months of follow-up, she remains free of disease", "Four months later, he died": the time opens the sentence;
        // for a response it would only date the scan, but a remission or stable disease said to be held ("At 30 months, she
        // remained in remission") lasted that long
        if (!match.Success && (fact.Kind is "no-evidence-of-disease" or "death" or "recurrence"
            || (fact.Kind is "remission" or "stable-disease" && LeadingTime.StateHeld(text, sentence.Start, end))))
        {
            match = LeadingTime.Of(text, sentence.Start, fact.Evidence.Start);
            // "Six months after the end of chemotherapy he remained in remission": a held state is dated only by a time set off by its comma
            if (match.Success && fact.Kind is "remission" or "stable-disease" && match.Groups["s"].Success)
            {
                match = Match.Empty;
            }

            if (!match.Success && fact.Kind == "death")
            {
                match = OrdinalDay.Leading(text, sentence.Start, fact.Evidence.Start);
            }
        }

        // "At 30 months, she remained in remission": a bare time before a state said to be held; "At 18 months there is no
        // evidence of disease": a disease-free state at a time is free until then
        if (!match.Success && (fact.Kind == "no-evidence-of-disease" || (fact.Kind is "remission" or "stable-disease" && LeadingTime.StateHeld(text, sentence.Start, end))))
        {
            match = LeadingTime.Bare(text, sentence.Start, fact.Evidence.Start);
            if (match.Success && fact.Kind != "no-evidence-of-disease" && !match.Groups["c"].Success)
            {
                match = Match.Empty;
            }
        }

        // "She has been followed up for 2 years without recurrence", "doing well 4 years after the operation, without signs of
        // recurrence": the follow-up time told earlier in the sentence is how long the patient stayed free of disease
        if (!match.Success && fact.Kind == "no-evidence-of-disease" && fact.Evidence.Start > sentence.Start)
        {
            match = FollowUpBeforeRegex().Match(text, sentence.Start, fact.Evidence.Start - sentence.Start);
        }

        if (!match.Success && fact.Kind == "no-evidence-of-disease")
        {
            match = TrailingFollowUp.Of(text, end, sentence.End);
        }

        if (!match.Success || !(OrdinalDay.TryValue(match, out var value) || TryParseCount(match.Groups["n"].ValueSpan, out value)))
        {
            return fact;
        }

        // "4 and a half years"
        if (match.Groups["h"].Success)
        {
            value += 0.5;
        }

        var qualifier = match.Groups["q"].Success ? QualifierOf(match.Groups["q"].ValueSpan) : null;
        return fact with { Value = value, Unit = UnitOf(match.Groups["u"].Value), Qualifier = qualifier };
    }

    /// <summary>
    /// The time written after the outcome in its clause and counted from an event ("no regrowth or spread 2 years after
    /// the operation"): how long the state it names had lasted; the fact unchanged without one.
    /// </summary>
    public static OutcomeFact WithTimeAfter(ExtractionContext context, OutcomeFact fact, int end)
    {
        var sentence = context.SentenceAt(end - 1);
        var limit = Math.Min(sentence.End, end + 90);
        var match = limit > end ? TimeAfterRegex().Match(context.Text, end, limit - end) : Match.Empty;
        if (!match.Success || !NumberWords.TryParse(match.Groups["n"].ValueSpan, out var value))
        {
            return fact;
        }

        var qualifier = match.Groups["q"].Success ? QualifierOf(match.Groups["q"].ValueSpan) : null;
        return fact with { Value = value, Unit = UnitOf(match.Groups["u"].Value), Qualifier = qualifier };
    }

    /// <summary>The duration inside a survival statement ("PFS of 18+ months", "survived for 2 years"), or null.</summary>
    public static (double Value, string Unit, string? Qualifier)? Survival(string text, int start, int end)
    {
        var duration = DurationRegex().Match(text, start, end - start);
        if (!duration.Success || !NumberWords.TryParse(duration.Groups["n"].ValueSpan, out var value))
        {
            return null;
        }

        var qualifier = QualifierOf(text.AsSpan(start, end - start)) ?? (duration.ValueSpan.Contains('+') ? ">" : null);
        return (value, UnitOf(duration.Groups["u"].Value), qualifier);
    }

    /// <summary>
    /// The duration of a disease-free survival that <paramref name="end"/> (the end of "disease-free") begins:
    /// "disease-free survival was 9 months", "recurrence-free survival (RFS) of more than 20 months"; null without one.
    /// </summary>
    public static (double Value, string Unit, string? Qualifier)? DiseaseFreeSurvival(string text, int end, int sentenceEnd)
    {
        var limit = Math.Min(sentenceEnd, end + 80);
        var match = limit > end ? DiseaseFreeSurvivalRegex().Match(text, end, limit - end) : Match.Empty;
        if (!match.Success || !NumberWords.TryParse(match.Groups["n"].ValueSpan, out var value))
        {
            return null;
        }

        var qualifier = match.Groups["q"].Success ? QualifierOf(match.Groups["q"].ValueSpan) : null;
        return (value, UnitOf(match.Groups["u"].Value), qualifier);
    }

    public static string? QualifierOf(ReadOnlySpan<char> span)
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

    /// <summary>A count in digits or words; the article of "a year later" counts one.</summary>
    private static bool TryParseCount(ReadOnlySpan<char> text, out double value)
    {
        if (text.Equals("a", StringComparison.OrdinalIgnoreCase) || text.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            value = 1;
            return true;
        }

        return NumberWords.TryParse(text, out value);
    }

    public static string UnitOf(string unit) => unit.ToLowerInvariant() switch
    {
        var u when u.StartsWith('d') => "day",
        var u when u.StartsWith('w') => "week",
        var u when u.StartsWith('y') => "year",
        _ => "month",
    };

    // "died 4 months later", "died ~4 months later", "died 17 days post initial presentation"
    [GeneratedRegex(@"^[\s,]*(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|less than|~|∼|≈)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")(?<h>\s+and\s+a\s+half|½)?\s*(?<u>days?|weeks?|months?|years?)\s+(?:later|after|post|following|thereafter|afterwards|from|postoperatively|post-operatively)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaterRegex();

    // " on postoperative day 12", " on hospital day 5", " on the 9th day of admission", " on day 9 of her admission", " on day +21"
    // (a day counted from a transplantation, written with its sign)
    [GeneratedRegex(@"^\s+on\s+(?:(?:postoperative|post-operative|hospital|post-transplant|posttransplant)\s+)?(?<u>day)\s+\+?(?<n>\d{1,3})\b|^\s+on\s+(?:the\s+)?(?<n>\d{1,3})(?:st|nd|rd|th)\s+(?<u>day)\s+(?:of|after|following)\s+(?:(?:his|her|the)\s+)?(?:admission|hospitali[sz]ation|hospital\s+stay|surgery|operation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnDayRegex();

    // " was detected at 18 months", " was found at 2 years of follow-up"; not an age ("at 18 months of age", "at 3 years old")
    [GeneratedRegex(@"^\s+(?:was|were)\s+(?:(?:first|later|subsequently)\s+)?(?:detected|found|diagnosed|seen|noted|identified|confirmed|documented|observed)\s+at\s+(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|less than|~|∼|≈)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")[\s-]*(?<u>days?|weeks?|months?|years?)\b(?![\s-]+(?:of\s+)?(?:age|old|of\s+life|of\s+gestation)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FoundAtRegex();

    // " the disease occurred at 14 months", " respiratory failure ensued at 3 weeks", " occurred 11 days after", " appeared at 2 years of follow-up";
    // not an age (" occurred at 45 years of age") nor a place (" occurred at home")
    [GeneratedRegex(@"^(?:\s+(?!occurred\b|ensued\b|came\b|appeared\b|developed\b|and\b|but\b)[\w-]+){0,4}?\s+(?:occurred|ensued|came|appeared|developed)\s+(?:(?:at|after|within)\s+(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|less than|~|∼|≈)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")[\s-]*(?<u>days?|weeks?|months?|years?)\b(?![\s-]+(?:of\s+)?(?:age|old|of\s+life)\b)|(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|less than|~|∼|≈)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\s*(?<u>days?|weeks?|months?|years?)\s+(?:later|after|post|following|from)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OccurredRegex();

    // "within 2 weeks of admission", "after 11 months": the time counted from the last event told
    [GeneratedRegex(@"^[\s,]*(?:within|after)\s+(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|less than|~|∼|≈)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\s*(?<u>days?|weeks?|months?|years?)\b(?!\s+(?:of\s+)?(?:age|old)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WithinTimeRegex();

    // "at home, 5 months after the diagnosis", "of the disease in March 2015, 20 months after diagnosis": a time set off by a comma;
    // "at home 7 months after the diagnosis": the place of death, then the time
    [GeneratedRegex(@"^(?:[^.;,]{0,50}?,|\s+(?:at\s+home|in\s+(?:a\s+|the\s+)?(?:hospital|hospice|the\s+intensive\s+care\s+unit|the\s+ICU)))\s*(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|less than|~|∼|≈)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\s*(?<u>days?|weeks?|months?|years?)\s+(?:later|after|post|following|from|postoperatively|post-operatively)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommaTimeRegex();

    // " at home after 3 months", " in the hospice within two weeks": the place of death, then the time counted from the last event told
    [GeneratedRegex(@"^\s+(?:at\s+home|in\s+(?:a\s+|the\s+)?(?:hospital|hospice|intensive\s+care\s+unit|ICU))[\s,]+(?:after|within)\s+(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|less than|~|∼|≈)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\s*(?<u>days?|weeks?|months?|years?)\b(?!\s+(?:of\s+)?(?:age|old)\b)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceThenTimeRegex();

    // " was found 20 months after surgery", " in the pelvis 2 years later"
    [GeneratedRegex(@"^(?:\s+(?!and\b|but\b|or\b|at\b|age\b|aged\b)[\w-]+){0,5}?[\s,]+(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|less than|~|∼|≈)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\s*(?<u>days?|weeks?|months?|years?)\s+(?:later|after|post|following|from|postoperatively|post-operatively)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecurredAfterRegex();

    // "followed up for 2 years", "follow-up at 12 months", "follow-up for 36 months", "follow-up MRI at 12 months", "now 3 years post-surgery", "4 years after the operation", "18 months
    // after the initial surgical procedure"; "at her 6-week follow-up visit", "in the 2-year follow-up" (a visit named by its time;
    // not a span, "throughout the 14-month follow-up", which is the time of whatever state it opens)
    [GeneratedRegex(@"\b(?:at|in)\s+(?:(?:the|her|his|their|a)\s+)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")(?<h>\s+and\s+a\s+half|½)?[\s-]+(?<u>days?|weeks?|months?|years?)[\s-]+follow[\s-]*up\b|\b(?:followed(?:\s+up)?\s+(?:for|over)\s+(?:(?:the\s+)?(?:last|past|next|following)\s+)?|follow[\s-]*up\s+(?:(?:MRI|CT|PET(?:[/-]CT)?|imaging|scans?|examination)\s+)?(?:at|of|after|for|over)\s+)(?:(?<q>approximately|about|around|nearly|almost|over|more than|at least|~|>)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?\s*(?<u>days?|weeks?|months?|years?)\b|\b(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\s*(?<u>days?|weeks?|months?|years?)\s+(?:after|post|following)[\s-]+(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:operation|surgery|procedure|resection|excision|\w+ectomy|diagnosis|treatment|transplant\w*|chemotherapy|radiotherapy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUpBeforeRegex();

    // " or distant metastasis 1 year after surgery", " on MRI 2 years after the operation": the words the denial also covers, then the time
    [GeneratedRegex(@"^(?:\s+(?!but\b|at\b|age\b|aged\b)[\w-]+){0,5}?[\s,]+(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|less than|~|∼|≈)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\s*(?<u>days?|weeks?|months?|years?)\s+(?:later|after|post|following|from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeAfterRegex();

    // "from the disease after six months", "of sepsis within 3 weeks", "of the disease a year later", " a month later": the
    // cause (at most four words) may come first; a bare "a"/"an" counts one only before a singular unit and "later"
    [GeneratedRegex(@"^(?:\s+(?:of|from|due\s+to|" + CauseConnectors + @")(?:\s+(?!after\b|within\b|later\b|at\b|a\b|an\b)[\w-]+){1,4}?)?[\s,]+(?:(?:after|within)\s+(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|less than|~|∼|≈)\s*)?(?<n>\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?(?=\s+(?:day|week|month|year)\b))\s*(?<u>days?|weeks?|months?|years?)\b(?!\s+(?:of\s+)?(?:age|old)\b)|(?<n>an?)\s+(?<u>day|week|month|year)\s+(?:later|thereafter|afterwards)\b)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex DiedOfAfterRegex();

    // "of respiratory failure 2 weeks after admission", "from the disease 14 months after diagnosis", "(succumbed) to the disease 7 months after",
    // "because of septic shock 5 weeks after the operation"
    [GeneratedRegex(@"^\s+(?:of|from|to|due\s+to|" + CauseConnectors + @")(?:\s+(?!after\b|later\b|at\b)[\w-]+){1,4}?[\s,]+(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|less than|~|∼|≈)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\s*(?<u>days?|weeks?|months?|years?)\s+(?:later|after|post|following|thereafter|afterwards|from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DiedOfLaterRegex();

    /// <summary>The words that bring in a cause besides "of", "from" and "due to": "because of", "owing to", "secondary to", "as a result of".</summary>
    private const string CauseConnectors = @"because\s+of|owing\s+to|secondary\s+to|as\s+a\s+result\s+of";

    // " a month after the operation", " a year and a half after the diagnosis", " a week later": the article counts one
    [GeneratedRegex(@"^[\s,]*(?<n>an?)\s+(?<u>day|week|month|year)(?<h>\s+and\s+a\s+half)?\s+(?:later|after|post|following|thereafter|afterwards)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleLaterRegex();

    // " of invasive aspergillosis on day +48 after the transplantation", " from sepsis on postoperative day 9": the cause, then the numbered day
    [GeneratedRegex(@"^\s+(?:of|from|due\s+to|" + CauseConnectors + @")(?:\s+(?!on\b|after\b|later\b|at\b)[\w-]+){1,5}?\s+on\s+(?:(?:postoperative|post-operative|hospital|post-transplant|posttransplant)\s+)?(?<u>day)\s+\+?(?<n>\d{1,3})\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex DiedOfOnDayRegex();

    // "stable disease for 12 months", "complete response (CR) for 10 months", "no evidence of recurrence at more than 2 years of follow-up",
    // "remission for an impressive 24 months", "disease free until 9 months after the operation", "no recurrence up to 30 months",
    // "free of disease at 4 and a half years", "free of relapse for over a year", "without relapse over the following 3 years"; "a complete response that lasted 18 months",
    // "a partial response was obtained, which lasted for 11 months"; "stable disease, lasting 9 months"
    [GeneratedRegex(@"^(?:\s*\([^()]{1,20}\))?(?:(?:\s+[\w-]+){0,3}?,?\s+(?:which|that))?(?:\s+(?!age\b|aged\b)[\w-]+){0,4}?(?:,(?=\s+(?:lasting|lasted)\b))?\s+(?<p>for|lasting|lasted|persisted|at|over|during|until|up\s+to)\s+(?:(?:the\s+)?(?:last|past|next|following)\s+)?(?:(?:an?|the)\s+)?(?:(?:impressive|remarkable|additional|further|total\s+of|period\s+of|duration\s+of)\s+){0,2}(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|at least|less than|~|∼|≈|>|≥)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @"|an?(?=\s+(?:day|week|month|year)\b))(?<h>\s+and\s+a\s+half)?\+?\s*(?<u>days?|weeks?|months?|years?)\b(?!\s+(?:of\s+)?(?:age|old)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LastingRegex();

    // "has been found in the patient for 12 months", "was seen on any of the scans over the next 3 years"
    [GeneratedRegex(@"^(?:\s+(?!age\b|aged\b|and\b|but\b)[\w-]+){1,7}?\s+(?<p>for|over|during)\s+(?:(?:the\s+)?(?:last|past|next|following)\s+)?(?:(?:an?|the)\s+)?(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|at least|~|∼|≈|>|≥)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?\s*(?<u>days?|weeks?|months?|years?)\b(?!\s+(?:of\s+)?(?:age|old)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FreeForRegex();

    [GeneratedRegex(@"(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?[\s-]*(?<u>days?|weeks?|months?|mos?|years?|yrs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationRegex();

    // " survival was 9 months", "-survival (DFS) of more than 20 months", " survival has been 2 years"
    [GeneratedRegex(@"\G[\s-]*survival(?:\s*\((?:DFS|RFS|EFS)\))?(?:\s+(?:was|is|of|reached|lasted|has been|had been|time was|time of))+\s*(?::|=)?\s*(?:(?<q>approximately|about|around|nearly|almost|roughly|over|more than|at least|less than|~|∼|≈|>|≥)\s*)?(?<n>\d{1,3}(?:\.\d+)?|" + NumberWords.WordPattern + @")\+?\s*(?<u>days?|weeks?|months?|years?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DiseaseFreeSurvivalRegex();

    [GeneratedRegex(@"≥|≤|>=|<=|>|<|~|∼|≈|\b(?:approximately|about|around|nearly|almost|roughly|at least|up to|more than|greater than|longer than|over|beyond|exceeding|less than|under|shorter than)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QualifierRegex();
}
