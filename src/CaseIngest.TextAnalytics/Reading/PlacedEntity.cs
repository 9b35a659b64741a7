using CaseIngest.TextAnalytics.Client;

namespace CaseIngest.TextAnalytics.Reading;

/// <summary>An entity of the service placed in the document's plain text: <c>text[Start..End] == Entity.Text</c>.</summary>
public sealed record PlacedEntity(int Start, int End, HealthcareEntity Entity)
{
    public string Category => Entity.Category;
}
