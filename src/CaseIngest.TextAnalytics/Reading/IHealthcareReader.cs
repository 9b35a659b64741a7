using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;

namespace CaseIngest.TextAnalytics.Reading;

/// <summary>Reads a document's plain text with Text Analytics for Health (the service, or a stand-in in tests).</summary>
public interface IHealthcareReader
{
    HealthcareReading Read(string text, IReadOnlyList<Section> sections, IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken = default);
}
