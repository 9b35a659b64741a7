using System.Text;
using CaseIngest.Core.Extraction;
using CaseIngest.Core.Json;

namespace CaseIngest.Core.Tests.Engine;

/// <summary>An engine built after its marker lexicon was prepared ahead is the engine built in order.</summary>
public sealed class DefaultPipelineTests
{
    private const string Report =
        "A 58-year-old woman with metastatic melanoma harbouring a BRAF V600E mutation was treated with dabrafenib "
        + "150 mg twice daily and trametinib 2 mg daily. PD-L1 expression was 40%. After three months she developed "
        + "grade 2 pyrexia attributed to dabrafenib, and a CT scan showed a partial response.";

    [Fact]
    public void APreparedMarkerLexiconGivesTheSameStepsAndTheSameRecord()
    {
        var inOrder = new CaseEngine();
        DefaultPipeline.Prepare();
        var prepared = new CaseEngine();

        Assert.Equal(inOrder.Pipeline.Steps.Select(s => s.GetType()), prepared.Pipeline.Steps.Select(s => s.GetType()));
        Assert.Equal(Record(inOrder), Record(prepared));
        Assert.Contains("\"BRAF", Record(prepared), StringComparison.Ordinal);
    }

    private static string Record(CaseEngine engine) =>
        CaseJson.Serialize(engine.Process("report.txt", Encoding.UTF8.GetBytes(Report)).Record!);
}
