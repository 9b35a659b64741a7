using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseIngest.Core.Extraction.Radiotherapy;

/// <summary>
/// One radiation dose and the words right around it: "50 Gy in 5 fractions", "6,400 cGy", "5 × 5 Gy", "2 Gy per
/// fraction", "8 Gy single fraction"; the missing one of total, fractions and dose per fraction is computed.
/// </summary>
internal static class RadiotherapyDoseReader
{
    public static DoseReading? Read(string text, Match match)
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

        // a thousand gray or more is no course: the figures are those of centigray under the wrong unit ("5,000 Gy in 25 fractions")
        var gray = match.Groups["u"].Value[0] is 'c' or 'C' || value >= 1000 ? value / 100 : value;
        gray = Math.Round(gray, 4);
        var start = index;
        var end = index + length;
        var after = text.Substring(end, Math.Min(48, text.Length - end));
        var lead = text.Substring(Math.Max(0, start - 40), Math.Min(40, start));
        if (DosePatterns.PlanFigureAfter().IsMatch(after) || DosePatterns.PlanFigureBefore().IsMatch(lead) || DosePatterns.LimitBefore().IsMatch(lead))
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
