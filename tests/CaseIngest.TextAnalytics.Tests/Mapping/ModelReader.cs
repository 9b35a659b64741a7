using System.Text.Json;
using CaseIngest.Core.Parsing;
using CaseIngest.Core.Text;
using CaseIngest.TextAnalytics.Client;
using CaseIngest.TextAnalytics.Reading;
using CaseIngest.TextAnalytics.Tests.Double;

namespace CaseIngest.TextAnalytics.Tests.Mapping;

/// <summary>
/// A reader that gives the double's health model the whole text in one document, without HTTP, and places its
/// answer as the real reader does; it counts its calls and can be made to fail.
/// </summary>
internal sealed class ModelReader : IHealthcareReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HealthModel Model { get; set; } = new([]);

    public Exception? Failure { get; set; }

    public int Calls { get; private set; }

    public HealthcareReading Read(string text, IReadOnlyList<Section> sections, IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken = default)
    {
        Calls++;
        if (Failure is not null)
        {
            throw Failure;
        }

        var document = Model.Read("0", text, 0).Deserialize<HealthcareDocumentResult>(Json)!;
        var entities = new List<PlacedEntity>();
        var relations = new List<PlacedRelation>();
        var dropped = HealthcareReader.Place(text, new TextChunk(0, text.Length), document, entities, relations);
        return new HealthcareReading { Entities = entities, Relations = relations, DocumentsSent = 1, CharactersSent = text.Length, Dropped = dropped };
    }
}
