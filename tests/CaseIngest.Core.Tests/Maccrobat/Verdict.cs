namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>The judgement on one engine fact: right, wrong, or not judgeable from the annotations.</summary>
internal enum Verdict
{
    Correct,
    Wrong,
    Unjudged,
}
