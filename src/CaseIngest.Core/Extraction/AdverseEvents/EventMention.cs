using CaseIngest.Core.Model;

namespace CaseIngest.Core.Extraction.AdverseEvents;

/// <summary>
/// A mention that counts as an adverse event, as a fact; <see cref="Inferred"/> says its therapy was inferred from the
/// narrative, <see cref="Tied"/> that its own words tie it to a treatment (a grade, a tie word, a graded list);
/// <see cref="Ctcae"/> is the CTCAE term it maps to, <see cref="Sentence"/> the index of its sentence and
/// <see cref="Ascribed"/> says its sentence ascribes it to its therapy alone; <see cref="Retold"/> that it is told in the
/// discussion, after the case.
/// </summary>
internal readonly record struct EventMention(AdverseEventFact Fact, bool Inferred, bool Tied, CtcaeTerm? Ctcae = null, int Sentence = -1, bool Ascribed = false, bool Retold = false);
