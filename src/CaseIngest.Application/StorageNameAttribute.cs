using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseIngest.Application;

/// <summary>
/// A container or queue name of the storage service: 3 to 63 lower-case letters, digits and single hyphens, starting
/// and ending with a letter or digit. It accepts, rejects and words its failure as
/// <c>[RegularExpression(StorageNameAttribute.Pattern)]</c> does, with a source-generated pattern instead of one parsed
/// at run time, so reading the settings builds no regular expression (docs/performance.md).
/// </summary>
/// <remarks>
/// | value | valid |
/// |---|---|
/// | <c>case-documents</c>, <c>abc</c>, <c>a1-b2</c>, empty or missing (left to <c>[Required]</c>) | yes |
/// | <c>Case_Reports</c>, <c>ab</c>, <c>-abc</c>, <c>abc-</c>, <c>a--b</c>, 64 characters | no |
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed partial class StorageNameAttribute : ValidationAttribute
{
    /// <summary>The pattern, as <c>RegularExpressionAttribute</c> would be given it.</summary>
    public const string Pattern = "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$";

    public StorageNameAttribute()
        : base("The field {0} must match the regular expression '{1}'.")
    {
    }

    public override bool IsValid(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.CurrentCulture);
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        foreach (var match in Name().EnumerateMatches(text))
        {
            return match.Index == 0 && match.Length == text.Length;
        }

        return false;
    }

    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, Pattern);

    [GeneratedRegex(Pattern)]
    private static partial Regex Name();
}
