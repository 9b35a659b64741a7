namespace CaseIngest.TextAnalytics.Client;

/// <summary>One document of a job: an id unique in the job and its text (at most the per-document limit).</summary>
public sealed record HealthcareInput(string Id, string Text);
