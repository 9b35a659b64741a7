using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// A sentence that tells what a treatment can do in general rather than what it did to the patient: a modal of
/// possibility with a causing verb ("pembrolizumab may cause colitis", "cisplatin can cause nephrotoxicity"), an effect
/// known or reported of it ("is known to cause", "has been reported with"), an event named as the usual one of a class
/// ("is a common adverse event of checkpoint inhibitors"), how often a drug causes it ("nivolumab rarely causes colitis",
/// "taxanes are commonly associated with neuropathy"), how such an event is managed ("the mainstay of treatment for
/// immune-related colitis is corticosteroids") or a warning given before treatment ("she was advised that hot flushes
/// could occur", "possible side effects such as neuropathy were explained at consent"). A hedge on the patient's
/// own event ("may have been caused by nivolumab") has none of these words and is read as usual, and a sentence that
/// tells the patient's event as well ("he developed hypophysitis, which is a rare adverse event of ipilimumab") is not
/// general.
/// </summary>
internal static class GeneralStatement
{
    private static readonly CueSet Cues = new(
    [
        "may cause", "can cause", "could cause", "might cause", "may induce", "can induce", "may lead to", "can lead to",
        "may result in", "can result in", "known to cause", "known to induce", "is a common", "is a rare", "is a known",
        "is a well-known", "is a well known", "is an uncommon", "is a frequent", "are common", "are rare", "are well-known",
        "has been reported", "have been reported", "has been described", "have been described", "was warned", "were warned",
        "been counselled", "been counseled", "primary treatment for", "mainstay of treatment", "treatment of choice",
        "recommended treatment for", "strategy for managing", "was advised that", "were advised that", "was informed that",
        "were informed that", "was told that", "were told that", "was counselled", "was counseled", "were counselled",
        "was educated about", "may occur", "can occur", "could occur", "might occur", "can be life-threatening",
        "may be life-threatening", "can be fatal", "may be fatal",
        "rarely causes", "rarely cause", "commonly causes", "commonly cause", "frequently causes", "frequently cause",
        "often causes", "often cause", "usually causes", "typically causes", "seldom causes", "rarely induces",
        "frequently induces", "is frequently associated with", "is commonly associated with", "are frequently associated with",
        "are commonly associated with", "is rarely associated with",
        "was informed of", "were informed of", "was informed about", "were informed about", "was warned of", "was warned about",
        "possible side effects", "potential side effects", "possible adverse effects", "potential adverse effects",
        "possible toxicities", "potential toxicities", "were explained to", "was explained to", "were explained at",
    ]);

    // words that tell the patient's own event in the same sentence ("he developed hypophysitis, which is a rare adverse
    // event of ipilimumab"): the remark on how known the event is does not make it general
    private static readonly CueSet OwnEvent = new(
    [
        "developed", "experienced", "suffered", "presented with", "was diagnosed with", "were diagnosed with", "occurred",
        "was complicated by", "was admitted", "was hospitalized", "was hospitalised",
    ]);

    /// <summary>Whether the sentence from <paramref name="start"/> of length <paramref name="length"/> speaks of what a treatment can do in general.</summary>
    public static bool Says(string text, int start, int length)
    {
        var sentence = text.AsSpan(start, length);
        return Cues.ContainsWord(sentence) && !OwnEvent.ContainsWord(sentence);
    }
}
