using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.Drugs;

/// <summary>
/// Coordination: drugs joined into one list ("cisplatin, vinorelbine and bevacizumab", "ifosfamide with doxorubicin")
/// share the status that the list's cue gives any of them, whichever end of the list the cue stands at. A treatment
/// not given outweighs a plan, and a plan outweighs a given treatment.
/// </summary>
internal static class ListStatus
{
    /// <summary>Spreads the heaviest status of each list over its members; <paramref name="connected"/>[i] joins mention i to i - 1.</summary>
    public static void Spread(List<DrugMention> mentions, bool[] connected)
    {
        var first = 0;
        while (first < mentions.Count)
        {
            var last = first;
            while (last + 1 < mentions.Count && connected[last + 1])
            {
                last++;
            }

            if (last > first)
            {
                var status = TreatmentStatus.Given;
                for (var i = first; i <= last; i++)
                {
                    if (Weight(mentions[i].Status) > Weight(status))
                    {
                        status = mentions[i].Status;
                    }
                }

                for (var i = first; i <= last; i++)
                {
                    mentions[i] = mentions[i] with { Status = status };
                }
            }

            first = last + 1;
        }
    }

    private static int Weight(string status) => status switch
    {
        TreatmentStatus.NotGiven => 2,
        TreatmentStatus.Planned => 1,
        _ => 0,
    };
}
