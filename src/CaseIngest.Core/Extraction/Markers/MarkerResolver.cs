using CaseIngest.Core.Model;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Markers;

/// <summary>
/// Turns the readings of a document's marker mentions into facts: mentions that form a list share the result
/// stated after the list or the cue before it ("positive for CK7 and TTF-1", "CK20 was negative, as were CDX2
/// and SATB2"); a negation reverses an implied result; a mention without result, value or variant is no fact.
/// </summary>
internal sealed partial class MarkerResolver(MarkerDocument document)
{
    private readonly MarkerDocument _doc = document;
    private readonly ExtractionContext _context = document.Context;
    private readonly string _text = document.Text;
    private readonly List<PhraseMatch<MarkerEntry>> _mentions = document.Mentions;
    private readonly bool[] _consumed = document.Consumed;
    private readonly int[] _listedUnder = document.ListedUnder;
    private readonly MarkerListCues _cues = new(document);
    private readonly MarkerPanels _panels = new(document.Context);
    private readonly MarkerRespectively _respectively = new(document);
    private readonly MarkerResult?[] _resolved = new MarkerResult?[document.Mentions.Count];
    private readonly (int Start, int End)[] _resolvedSpan = new (int, int)[document.Mentions.Count];
    private MarkerFact? _lastFact;
    private MarkerResult? _lastResult;

    public List<MarkerFact> Resolve(MarkerReading?[] readings, int[] ends)
    {
        var facts = new List<MarkerFact>();
        var group = new List<int>();
        for (var i = 0; i < _mentions.Count; i++)
        {
            // a heading ("MMR: MLH1 intact, PMS2 lost") states nothing of its own and heads no list
            if (_consumed[i] || readings[i] is { Heading: true } || MarkerDriverFusions.FollowsDriver(_doc, i))
            {
                continue;
            }

            // a marker listed in brackets under one of the group ("keratins (AE1/AE3 and CAM5.2), EMA and S100") stays in
            // the group, which goes on from the marker before the bracket
            var head = group.FindLast(g => _listedUnder[g] < 0);
            if (group.Count > 0 && !group.Contains(_listedUnder[i]) && !Continues(head, ends[head], i))
            {
                ResolveGroup(group, readings, ends, facts);
                group.Clear();
            }

            group.Add(i);
        }

        if (group.Count > 0)
        {
            ResolveGroup(group, readings, ends, facts);
        }

        return facts;
    }
}
