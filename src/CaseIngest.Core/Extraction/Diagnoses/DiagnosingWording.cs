using System.Text.RegularExpressions;
using CaseIngest.Core.Text;

namespace CaseIngest.Core.Extraction.Diagnoses;

/// <summary>
/// Whether the wording around a condition diagnoses it: "was diagnosed with (refractory) X", "had been diagnosed of X", "was
/// diagnosed to have X", "newly diagnosed X", "biopsy-proven X", "the lesion proved to be X", "an ECG demonstrated atrial fibrillation", "we diagnosed X", "the neurologist diagnosed X", "a diagnosis
/// of X", "was diagnosed as having X", "was diagnosed to suffer from X", "Final diagnosis: X", "findings consistent with X", "appearances in keeping with X", "catheterization confirmed X", "a scan revealed findings of X", "a biopsy showed X",
/// "underwent laminectomy for X", "developed signs of X", "presented with signs and symptoms of X", "shock complicating X", or "X was diagnosed/confirmed" after it; a disease is also diagnosed by the course being complicated by
/// it, by its needing a treatment ("X requiring intubation"), and by its being the reason for an admission or a transplant
/// or a link of a causal chain ("admitted because of X", "intubated due to X", "died of X", "a crisis triggered by X", "pneumonia
/// leading to X", "X due to dehydration"); any condition is diagnosed by its needing a procedure or a stay ("a pneumothorax
/// requiring chest tube insertion"). A condition named as a disease ("pancreatitis", "atrial flutter", "mitral regurgitation")
/// is diagnosed as a disease is by the case developing it, and by an imaging study or an endoscopy showing it ("an abdominal CT
/// revealed acute pancreatitis"). A condition merely seen, suffered or treated ("showed a pleural effusion", "developed
/// diarrhea") is not diagnosed by the text.
/// </summary>
internal static partial class DiagnosingWording
{
    private const int Reach = 80;

    /// <summary>
    /// Whether the wording around [<paramref name="start"/>, <paramref name="end"/>) diagnoses the condition; with
    /// <paramref name="disease"/> also "developed X" ("he developed respiratory failure") and "was found to have X".
    /// </summary>
    public static bool Diagnoses(string text, Sentence sentence, int start, int end, bool disease)
    {
        var from = Math.Max(sentence.Start, start - Reach);
        if (start > from && CueBeforeRegex().Match(text, from, start - from) is { Success: true } cue)
        {
            // a provisional or working diagnosis is still a hypothesis ("a provisional diagnosis of vertigo was made"); a
            // reading denied or only weighed is none ("not consistent with", "may be in keeping with", "possibly compatible with")
            var leadStart = Math.Max(sentence.Start, cue.Index - 24);
            var lead = text.AsSpan(leadStart, cue.Index - leadStart);
            var weighed = HedgeRegex().IsMatch(lead) || (IsReading(text, cue.Index) && WeighedReadingRegex().IsMatch(lead));
            return !weighed || ConfirmedAfter(text, sentence, end);
        }

        // a condition named as a disease ("atrial flutter", "pancreatitis", "dilated cardiomyopathy") is one the case may
        // develop or a study may show, as an infection or an organ failure is; a symptom or a finding ("diarrhea", "a
        // pleural effusion") is not
        var named = disease || DiseaseHeadRegex().IsMatch(text.AsSpan(start, end - start));
        if (named && start > from && DevelopedRegex().IsMatch(text.AsSpan(from, start - from)))
        {
            return true;
        }

        // the verb after the disease: "a spontaneous hemothorax developed", "acute kidney injury had developed by day 3"
        var developedTo = Math.Min(sentence.End, end + 40);
        if (named && developedTo > end && text.AsSpan(end, developedTo - end).Contains("developed", StringComparison.OrdinalIgnoreCase)
            && DevelopedAfterRegex().IsMatch(text.AsSpan(end, developedTo - end)))
        {
            return true;
        }

        // a rhythm disorder or an infarction a tracing recorded ("an ECG demonstrated sustained ventricular tachycardia")
        if (start > from && Tracings.ContainsAny(text.AsSpan(from, start - from)) && TracedDisorderRegex().IsMatch(text.AsSpan(start, end - start))
            && TracingShowedRegex().IsMatch(text.AsSpan(from, start - from)))
        {
            return true;
        }

        // a cause told of what may happen in general is no cause in the case ("a similar rash may occur due to zinc deficiency")
        if (disease && start > from && (ReasonRegex().IsMatch(text.AsSpan(from, start - from)) || ConsequenceRegex().IsMatch(text.AsSpan(from, start - from)))
            && !MayHappenRegex().IsMatch(text.AsSpan(from, start - from)))
        {
            return true;
        }

        // a lesion the case was admitted, referred or presented with ("admitted with bilateral pleural effusions", "presented
        // with a pathological fracture"), which a symptom given as the reason is not ("admitted with dyspnea")
        if (!disease && start > from && AdmittedLesions.ContainsAny(text.AsSpan(start, end - start))
            && AdmittedWithRegex().IsMatch(text.AsSpan(from, start - from)))
        {
            return true;
        }

        // a disease an imaging study, an endoscopy or a test of hearing or sight showed ("an abdominal CT revealed acute pancreatitis",
        // "echocardiography demonstrated severe mitral regurgitation", "a bronchoscopy was performed, showing bronchomalacia")
        if (named && start > from && Studies.ContainsAny(text.AsSpan(from, start - from)) && StudyShowedRegex().IsMatch(text.AsSpan(from, start - from)))
        {
            return true;
        }

        // findings or evidence of the condition a test revealed, or signs of it the case developed, name it as found rather than suspected
        if (start > from && RevealedRegex().IsMatch(text.AsSpan(from, start - from)))
        {
            return true;
        }

        // a tissue examination that showed the condition establishes it ("renal biopsy showed IgA nephropathy")
        if (start > from && TissueShowedRegex().IsMatch(text.AsSpan(from, start - from)))
        {
            return true;
        }

        // any condition a procedure was done for was diagnosed ("underwent laminectomy for spinal cord compression")
        if (start > from && text.AsSpan(from, start - from).Contains(" for ", StringComparison.Ordinal)
            && ProcedureForRegex().IsMatch(text.AsSpan(from, start - from)))
        {
            return true;
        }

        if (ConfirmedAfter(text, sentence, end))
        {
            return true;
        }

        var to = Math.Min(sentence.End, end + Reach);
        // any condition that needed a procedure or an admission was diagnosed ("a pneumothorax requiring chest tube insertion")
        return to > end && (CueAfterRegex().IsMatch(text.AsSpan(end, to - end)) || RequiringProcedureRegex().IsMatch(text.AsSpan(end, to - end))
            || (disease && (RequiringRegex().IsMatch(text.AsSpan(end, to - end)) || CauseAfterRegex().IsMatch(text.AsSpan(end, to - end)))));
    }

    private static readonly CueSet Readings = new("consistent with", "compatible with", "in keeping with");

    /// <summary>
    /// Whether the condition at [<paramref name="start"/>, <paramref name="end"/>) is only a reading weighed or denied
    /// before it ("could be consistent with pneumonitis", "not compatible with lymphoma"), which the rest of the sentence
    /// does not confirm; any name, also one the lexicon gives, is then no diagnosis.
    /// </summary>
    public static bool WeighedReading(string text, Sentence sentence, int start, int end)
    {
        var from = Math.Max(sentence.Start, start - Reach);
        if (start <= from || !Readings.ContainsAny(text.AsSpan(from, start - from))
            || CueBeforeRegex().Match(text, from, start - from) is not { Success: true } cue || !IsReading(text, cue.Index))
        {
            return false;
        }

        // "not consistent with lymphoma but with a carcinoma": the reading turns to the name after "but"
        var leadStart = Math.Max(sentence.Start, cue.Index - 24);
        return WeighedReadingRegex().IsMatch(text.AsSpan(leadStart, cue.Index - leadStart)) && !text.AsSpan(cue.Index, start - cue.Index).Contains(" but ", StringComparison.OrdinalIgnoreCase)
            && !ConfirmedAfter(text, sentence, end);
    }

    // "consistent with", "compatible with", "in keeping with": a reading of the findings, which a denial or a "may" weighs
    private static bool IsReading(string text, int cue) =>
        text.AsSpan(cue).StartsWith("consistent", StringComparison.OrdinalIgnoreCase) || text.AsSpan(cue).StartsWith("compatible", StringComparison.OrdinalIgnoreCase)
            || (text.AsSpan(cue).StartsWith("in", StringComparison.OrdinalIgnoreCase) && cue + 2 < text.Length && char.IsWhiteSpace(text[cue + 2]));

    /// <summary>
    /// Whether the words right after a mention confirm it, also when it was first only suspected ("pulmonary embolism,
    /// which was confirmed by CT angiography", "pancreatitis was suspected and confirmed by …", "findings suggestive of
    /// cholangitis were confirmed at ERCP"); "was not confirmed", "suspected but not confirmed" and "was confirmed to be
    /// minimal change nephropathy" (which names another condition) do not. The site may stand between ("graft-versus-host
    /// disease of the gut was confirmed").
    /// </summary>
    public static bool ConfirmedAfter(string text, Sentence sentence, int end)
    {
        var to = Math.Min(sentence.End, end + Reach);
        return to > end && text.AsSpan(end, to - end).Contains("confirmed", StringComparison.OrdinalIgnoreCase)
            && ConfirmedAfterRegex().IsMatch(text.AsSpan(end, to - end));
    }

    // ", which was confirmed", " was suspected and later confirmed", " were confirmed", " was raised and confirmed"; the
    // site may come first: " of the gut was confirmed", " of the left kidney was confirmed"
    [GeneratedRegex(@"^(?:\s*\([^)]{1,20}\))?(?:\s+(?:of|in)\s+the\s+(?:(?:left|right|upper|lower|small|large)\s+)?[a-z]+)?,?\s+(?:which\s+)?(?:was|were|had\s+been)\s+(?:(?:suspected|raised|considered)\s*,?\s+and\s+)?(?:(?:\w+ly|later|then)\s+)?confirmed\b(?!\s+(?:to\s+be|as)\b)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ConfirmedAfterRegex();

    // the cue, then at most four words of qualifiers or earlier list items ("a loculated", "pneumonia and"),
    // up to the mention: "diagnosed with severe ", "consistent with ", "confirmed the diagnosis of ", "with newly diagnosed ",
    // "her recently diagnosed ", "biopsy-proven ", "histologically proven ", the case the report presents ("we report a case of ");
    // a qualifier may be
    // an eponym or a quoted word ("compatible with Purtscher's ", "consistent with 'necrotizing' "); a label line names its
    // diagnosis after a colon or a dash ("Final diagnosis: ", "Diagnosis on admission: ", "Pathological diagnosis - ", "Impression: "); the words between take no "secondary to"
    // or "due to", which name the cause of what the cue diagnoses ("consistent with a drug eruption secondary to " names none)
    [GeneratedRegex(@"\b(?:diagnosed\s+(?:(?:him|her|the\s+patient)\s+)?(?:with|as(?:\s+having)?|of|to\s+have|(?:as|to)\s+(?:be\s+)?suffer(?:ing)?\s+from)|(?:newly|recently)\s+diagnosed|(?:biopsy|histologically|pathologically|histopathologically)[-\s]prov(?:en|ed)|(?:proved|proven|turned\s+out)\s+to\s+be|(?:we|[a-z]+(?:ist|ian)s?)\s+(?:\w+ly\s+)?diagnosed|diagnos[ie]s\s+(?:of|was)|(?:diagnos[ie]s(?:\s+(?:on|at)\s+(?:admission|discharge))?|impression)\s*(?::|[-\u2013\u2014](?=\s))|consistent\s+with|compatible\s+with|in\s+keeping\s+with|confirmed|confirming|complicating|we\s+(?:report|present|describe)\s+(?:a|an|the)\s+(?:(?:rare|unusual|unique)\s+)?case\s+of)\s+(?:(?!(?:secondary|due|owing)\s+to\b)['\u2018""\u201C]?[A-Za-z][A-Za-z'\u2019-]*['\u2019""\u201D]?,?\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex CueBeforeRegex();

    // the reason for a stay, a transplant or an intervention, or a cause, then at most two qualifiers: "admitted to the
    // regional hospital because of ", "transferred to the unit for a ", "lung transplant for ", "intubated due to ",
    // "a crisis precipitated by ", "was started on antibiotics for an ", "vancomycin was given to treat "; a drug given for
    // the prophylaxis or prevention of a disease does not diagnose it; "secondary to" is left out, since it as often names a condition the patient brings
    // ("anemia secondary to chronic kidney disease")
    [GeneratedRegex(@"\b(?:(?:admitted|presented|referred|hospitali[sz]ed|transferred|treated)\b[^.;:]{0,60}?\b(?:with|for|due\s+to|because\s+of)|(?:started|initiated|received|given)\b[^.;:]{0,60}?\bfor|(?:re)?transplant(?:ation)?\s+for|to\s+treat|due\s+to|because\s+of|(?:triggered|precipitated|caused)\s+by|died\s+(?:of|from))\s+(?:(?:further\s+)?(?:management|treatment|therapy|care)\s+of\s+)?(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[A-Z]\.\s?[a-z]+\s+)?(?:(?![A-Za-z-]*(?:prophyla|prevent))[A-Za-z-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonRegex();

    private static readonly CueSet AdmittedLesions = new("effusion", "fracture", "ascites", "pneumothora");

    // "was admitted with bilateral ", "presented to the emergency department with a massive left ", "was referred because of
    // tense ", "hospitalized for a pathological ": the admission, then at most three qualifiers, none a suspicion or a purpose
    [GeneratedRegex(@"\b(?:admitted|presented|referred|hospitali[sz]ed|transferred)\b[^.;:]{0,60}?\b(?:with|for|due\s+to|because\s+of)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:(?!(?:suspected|possible|probable|presumed|evaluation|investigation|assessment|prevention|risk|drainage|workup|work-up)\b)[A-Za-z-]+,?\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex AdmittedWithRegex();

    // "may occur due to ", "can develop because of ", "might be caused by ": what may happen in general, not what happened
    [GeneratedRegex(@"\b(?:may|might|can|could)\s+(?:also\s+)?(?:occur|develop|arise|appear|result|be\s+(?:seen|caused|triggered|precipitated))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MayHappenRegex();

    // the consequence of a link of a causal chain the case went through, then at most two qualifiers: "leading to ",
    // "which resulted in acute ", "had led to ", "progressed to ", "caused severe "; a consequence only feared ("may lead
    // to") is not told as one the case went through
    [GeneratedRegex(@"\b(?:(?:leading|led|resulting|resulted|progressed|progressing)\s+(?:to|in)|caus(?:ed|ing)(?!\s+by\b))\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ConsequenceRegex();

    // " due to severe dehydration", " caused by bilateral pneumothoraces", ", which had been caused by a metastatic tumour", " (AKI) secondary to rhabdomyolysis": a disease
    // told with the cause that brought it about in the case
    [GeneratedRegex(@"^(?:\s*\([^)]{1,20}\))?,?\s+(?:which\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:due\s+to|caused\s+by|secondary\s+to|induced\s+by|resulting\s+from|because\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseAfterRegex();

    // "developed ", "developed acute ", "developed liver decompensation with bleeding ", "was found to have a ", "the
    // course was complicated by ", "with the development of ", "following the development of "; a development prevented,
    // avoided or only a risk is none ("to prevent the development of ", "the risk of the development of ")
    [GeneratedRegex(@"\b(?:develop(?:ed|s)|(?:started|began|begun)\s+developing|(?:was|were|is)\s+found\s+to\s+have|complicated\s+(?:by|with)|(?<!\b(?:prevent|prevents|prevented|preventing|prevention\s+of|avoid|avoided|avoiding|risk\s+of|reduce|reduces|reduced|lower|lowers|lowered)\s+(?:the\s+)?)development\s+of)\s+(?:[A-Za-z-]+,?\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex DevelopedRegex();

    // " developed", " had developed", " subsequently developed", ", which developed": the verb told after the disease;
    // a disease that developed into another names that other ("pneumonitis developed into fibrosis")
    [GeneratedRegex(@"^(?:\s*\([^)]{1,20}\))?,?\s+(?:which\s+)?(?:(?:had|has|was|were|then|later|subsequently|eventually|soon|rapidly|gradually|also)\s+){0,2}developed\b(?!\s+(?:into|to)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DevelopedAfterRegex();

    private static readonly CueSet Tracings = new("ECG", "EKG", "electrocardiogra", "telemetry", "Holter", "rhythm strip", "monitoring");

    // "an ECG demonstrated sustained ", "continuous telemetry revealed paroxysmal ", "the electrocardiogram showed ", "Holter
    // monitoring recorded non-sustained ": a tracing, its verb of finding and at most three qualifiers, none a denial
    [GeneratedRegex(@"\b(?:ECGs?|EKGs?|electrocardiogra(?:ms?|phy)|telemetry|Holter|rhythm\s+strip|(?:cardiac|rhythm|ECG)\s+monitoring)\b[^.;:]{0,40}?\b(?:showed|demonstrated|revealed|disclosed|documented|recorded|captured|confirmed)\s+(?:an?\s+)?(?:(?!(?:no|not|neither)\b)[A-Za-z-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex TracingShowedRegex();

    // the disorders a tracing names rather than describes: fibrillation, flutter, a tachycardia that is not sinus, an
    // infarction ("atrial fibrillation", "ventricular tachycardia", "myocardial infarction"; not "sinus tachycardia")
    [GeneratedRegex(@"^(?!sinus\b).*\b(?:fibrillation|flutter|tachycardia|infarction)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TracedDisorderRegex();

    // "revealed findings of neuroinvasive ", "showed evidence of ", "developed signs of acute ", "presented with symptoms and
    // signs of acute ", "had clinical signs and symptoms of congestive "; a bare "revealed" also names findings ("examination
    // revealed hypertension"), so it takes "findings of" or "evidence of"; signs and symptoms watched for, taught or denied
    // ("monitored for signs and symptoms of", "no signs or symptoms of") are not the case's
    [GeneratedRegex(@"\b(?:develop(?:ed|s)\s+(?:clinical\s+)?(?:signs|features)\s+of|(?:showed|revealed|demonstrated)\s+(?:findings|evidence)\s+of"
        + @"|(?:develop(?:ed|s|ing)|present(?:ed|ing|s)\s+with|had|has|showed|exhibited|displayed|manifested)\s+(?:(?:typical|classic|classical|clinical|overt|new|progressive|worsening)\s+)?(?:signs\s+and\s+symptoms|symptoms\s+and\s+signs)\s+of(?:\s+(?:the|a|an)(?=\s))?)"
        + @"\s+(?:[A-Za-z-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex RevealedRegex();

    // "skin biopsy showed leukocytoclastic ", "histopathological examination revealed ", "the microscopic examination revealed a
    // typical ", "microscopically, the nodules showed ", "the autopsy disclosed an ": a tissue examination, then its verb of
    // finding and at most three qualifiers
    [GeneratedRegex(@"\b(?:biops(?:y|ies)|(?:histo|cyto)?patholog(?:y|ic(?:al)?\s+(?:examination|analysis|findings))|histolog(?:y|ic(?:al)?\s+(?:examination|analysis|findings))|cytolog(?:y|ic(?:al)?\s+(?:examination|analysis))|microscop(?:y|ically|ic(?:al)?\s+(?:examination|analysis|findings))|autopsy|necropsy)\b[^.;:]{0,40}?\b(?:showed|revealed|demonstrated|disclosed)\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex TissueShowedRegex();

    private static readonly CueSet Studies = new(
        "CT", "tomogra", "MRI", "magnetic resonance", "scan", "ultraso", "sonogra", "Doppler", "echo", "radiogra", "X-ray",
        "angiogra", "scopy", "MRCP", "ERCP", "PET", "imaging", "audiometr", "electroretinogra", "investigations");

    // "an abdominal CT scan revealed acute ", "echocardiography demonstrated severe ", "a bronchoscopy was performed, showing
    // ", "ophthalmological investigations showed bilateral ": a study (not a physical examination, which finds signs), its
    // verb of finding and at most three qualifiers, none a denial, a hedge or a degree that leaves the condition a mere or
    // incidental finding ("trivial", "mild", "only", "non-obstructive")
    [GeneratedRegex(@"\b(?:CT|computed\s+tomography|MRI|magnetic\s+resonance(?:\s+imaging)?|scans?|ultrasound|ultrasonography|sonography|Doppler|echocardiogra(?:ms?|phy)|echo|radiographs?|radiography|X-rays?|angiogra(?:ms?|phy)|[a-z]*scopy|MRCP|ERCP|PET|imaging|audiometry|electroretinogra(?:ms?|phy)|investigations)\b[^.;:]{0,40}?\b(?:showed|shows|revealed|reveals|demonstrated|demonstrates|disclosed|detected|identified|showing|revealing|demonstrating)\s+(?:an?\s+|the\s+)?(?:(?!(?:no|not|neither|nor|without|suggestive|suspicious|concerning|possible|probable|likely|suspected|questionable|early|incipient|trivial|trace|minimal|mild|slight|small|only|incidental|non-?obstructive|insignificant)\b)[A-Za-z-]+,?\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex StudyShowedRegex();

    // the name of a disease, not of a symptom or a finding: an inflammation, a -pathy, a syndrome or a disease, a valve's
    // leak or narrowing, a clot, a dissection, an infarction, a rhythm disorder, a cataract, a softening, pulmonary
    // oedema ("pancreatitis", "cardiomyopathy", "mitral regurgitation", "pulmonary embolism", "atrial flutter")
    [GeneratedRegex(@"(?:itis|pathy|syndrome|disease|regurgitation|insufficiency|stenosis|thrombosis|embolism|thrombus|dissection|infarction|fibrillation|flutter|(?<!sinus\s)tachycardia|cataract|malacia|pulmonary\s+o?edema)(?:e?s)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DiseaseHeadRegex();

    // "underwent laminectomy and radiation therapy for ", "radiofrequency ablation for paroxysmal ", "thoracentesis was performed for a massive right ", "a chest
    // tube was inserted for the left ", "a pigtail catheter was placed for drainage of the ": a therapeutic procedure, then
    // "for" and at most two qualifiers (not "of": "a CT scan for the evaluation of" is a test, and a test proves nothing);
    // a drug started after the procedure is no procedure for the sign it treats ("after intubation, dopamine was started for ")
    [GeneratedRegex(@"\b(?:surgery|operation|laparotomy|laminectomy|decompression|decompressive|drainage|thora(?:co)?centesis|pericardiocentesis|paracentesis|pleurodesis|chest\s+(?:tube|drain)|pigtail|catheter|drain|stent(?:ing)?|nephrostomy|tracheostomy|intubated|intubation|embolization|ablation|cardioversion|[a-z]+ectomy|[a-z]+ostomy)\b(?:(?!\b(?:started|given|administered|initiated|commenced)\b)[^.;:]){0,60}?\bfor\s+(?:(?:drainage|relief|decompression|treatment|management)\s+of\s+)?(?:an?\s+|the\s+)?(?:(?!of\b)[A-Za-z-]+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ProcedureForRegex();

    // "not ", "may be ", "was felt not to be ", "possibly ", "may also be ", "no findings ": a reading denied or only weighed
    [GeneratedRegex(@"\b(?:(?:not|nor|never|may|might|could|possibly|perhaps|less)\s+(?:(?:to|be|have|been|entirely|fully|quite|necessarily|also)\s+){0,3}|no\s+(?:(?:findings|features|evidence|signs|changes|appearances)\s+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex WeighedReadingRegex();

    // "provisional ", "a working ", "presumptive " right before "diagnosis of"
    [GeneratedRegex(@"\b(?:provisional|working|presumptive|presumed|tentative|possible|probable|suspected|differential)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeRegex();

    // " requiring intravenous antibiotics", " that required intubation", " (UTI) needing admission": a disease the case
    // had to treat
    [GeneratedRegex(@"^(?:\s*\([^)]{1,20}\))?\s+(?:requiring|which\s+required|that\s+required|needing|necessitating)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RequiringRegex();

    // " requiring chest tube insertion", " that required emergency surgery", " necessitating admission to the intensive care
    // unit": a procedure or a stay, not a drug, which a symptom may also need ("diarrhea requiring loperamide")
    [GeneratedRegex(@"^(?:\s*\([^)]{1,20}\))?,?\s+(?:requiring|which\s+required|that\s+required|needing|necessitating)\s+(?:(?:an?|the|urgent|emergency|emergent|immediate|prompt|surgical|percutaneous|bilateral)\s+)*(?:[\w-]+\s+){0,2}?(?:surgery|operation|laparotomy|drainage|intubation|ventilation|dialysis|h(?:a)?emodialysis|pericardiocentesis|thoracentesis|paracentesis|chest\s+(?:tube|drain)|nephrostomy|stent(?:ing)?|resection|embolization|decompression|tracheostomy|plasmapheresis|plasma\s+exchange|admission|hospitali[sz]ation|intensive\s+care|ICU)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RequiringProcedureRegex();

    // "X was diagnosed", "X was confirmed by ultrasound", "X, which was confirmed on CT angiography", "X was eventually diagnosed", "X was proven by lavage"; "X was diagnosed as Y" names Y,
    // not X ("her syncope was diagnosed as an arrhythmia")
    [GeneratedRegex(@"^(?:\s*\([^)]{1,20}\))?(?:,?\s+which)?\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:diagnosed|confirmed|proven|proved|established|verified)\b(?!\s+as\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CueAfterRegex();
}
