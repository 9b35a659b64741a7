using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Outcomes;

/// <summary>
/// "The tumour had shrunk markedly, indicating a partial response", "the metastases became smaller. The overall
/// response was a partial response": shrinkage or regression without a figure is often the finding a response is
/// named from, and then it is that response, not a second outcome. It gives way to a partial or complete response or a
/// remission of the same patient told in its sentence or the one before or after, or credited to a treatment it is
/// credited to as well. Shrinkage with a figure ("decreased by 40%") says more than the response and stays.
/// </summary>
internal static class RestatedResponse
{
    public static void Remove(ExtractionContext context, List<OutcomeFact> found)
    {
        var responses = found.Where(f => f.Kind is "partial-response" or "complete-response" or "remission").ToList();
        if (responses.Count == 0)
        {
            return;
        }

        found.RemoveAll(fact => fact.Kind is "tumor-shrinkage" or "regression" && fact.Value is null
            && responses.Exists(response => response.Patient == fact.Patient && Restates(context, fact, response)));
    }

    private static bool Restates(ExtractionContext context, OutcomeFact shrinkage, OutcomeFact response)
    {
        var distance = Math.Abs(context.SentenceIndexAt(shrinkage.Evidence.Start) - context.SentenceIndexAt(response.Evidence.Start));
        return distance <= 1 || shrinkage.Therapy.Any(response.Therapy.Contains);
    }
}
