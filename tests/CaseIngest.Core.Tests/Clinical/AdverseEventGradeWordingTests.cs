namespace CaseIngest.Core.Tests.Clinical;

/// <summary>
/// A grade written as one number, Roman numeral or word ("grade IV", "a grade three rash", "grade-3") is that grade; a
/// grade given as a range or a bound ("grade 2-3", "grade II/III", "grade 1 to 2", "grade ≥3") states no one grade and
/// leaves it null, as "high-grade" and "low-grade" do; a range still ties the event to the treatment as a grade does.
/// </summary>
public sealed class AdverseEventGradeWordingTests
{
    [Theory]
    [InlineData("She received irinotecan. During the second cycle she developed grade 2-3 diarrhoea.", "irinotecan", "diarrhea:-:irinotecan")]
    [InlineData("He received docetaxel. After the first cycle he had grade 3–4 neutropenia.", "docetaxel", "neutropenia:-:docetaxel")]
    [InlineData("She received carboplatin and paclitaxel, complicated by grade II/III neutropenia.", "carboplatin,paclitaxel", "neutropenia:-:carboplatin+paclitaxel")]
    [InlineData("He received gemcitabine. He had grade 3/4 thrombocytopenia after the second cycle.", "gemcitabine", "thrombocytopenia:-:gemcitabine")]
    [InlineData("She received nivolumab. She reported grade 1 to 2 fatigue throughout treatment.", "nivolumab", "fatigue:-:nivolumab")]
    [InlineData("He received cabazitaxel. CTCAE grade ≥3 neutropenia occurred in the first cycle.", "cabazitaxel", "neutropenia:-:cabazitaxel")]
    [InlineData("She received capecitabine. Grade ≥ 3 diarrhoea developed during cycle two.", "capecitabine", "diarrhea:-:capecitabine")]
    [InlineData("He received ipilimumab. Three weeks later he developed a high-grade fever.", "ipilimumab", "fever:-:ipilimumab")]
    [InlineData("She received pembrolizumab. A month later she had a low-grade fever.", "pembrolizumab", "fever:-:pembrolizumab")]
    [InlineData("He received cetuximab. Two weeks later he developed a grade three rash.", "cetuximab", "rash:3:cetuximab")]
    [InlineData("She received cetuximab. A grade-3 rash developed after the second dose.", "cetuximab", "rash:3:cetuximab")]
    [InlineData("He received docetaxel. After the first cycle he had grade IV neutropenia.", "docetaxel", "neutropenia:4:docetaxel")]
    [InlineData("She received docetaxel. After the first cycle she had grade four neutropenia.", "docetaxel", "neutropenia:4:docetaxel")]
    [InlineData("He received docetaxel. After the first cycle he had neutropenia of grade 4.", "docetaxel", "neutropenia:4:docetaxel")]
    [InlineData("She received pembrolizumab. She developed colitis (CTCAE grade 3) after the fourth dose.", "pembrolizumab", "colitis:3:pembrolizumab")]
    [InlineData("He received irinotecan. G3 diarrhoea occurred on day 8.", "irinotecan", "diarrhea:3:irinotecan")]
    [InlineData("She received paclitaxel. Grade 1-2 nausea and grade 3 neutropenia followed the first cycle.", "paclitaxel", "nausea:-:paclitaxel; neutropenia:3:paclitaxel")]
    [InlineData("She received irinotecan. Grade 3 (severe) diarrhoea developed on day 9.", "irinotecan", "diarrhea:3:irinotecan")]
    [InlineData("He received nivolumab. He had grade 2 (moderate) fatigue after the third dose.", "nivolumab", "fatigue:2:nivolumab")]
    [InlineData("She received irinotecan. During the first cycle she had diarrhoea, which reached grade 3.", "irinotecan", "diarrhea:3:irinotecan")]
    [InlineData("He received docetaxel. He developed neutropenia reaching grade 4 on day 7.", "docetaxel", "neutropenia:4:docetaxel")]
    [InlineData("She received docetaxel. She had neutropenia of CTCAE grade 4 after the first cycle.", "docetaxel", "neutropenia:4:docetaxel")]
    [InlineData("He received docetaxel. After the first cycle he had grade 3 or 4 neutropenia.", "docetaxel", "neutropenia:-:docetaxel")]
    [InlineData("She received irinotecan. She had grade 2 or higher diarrhoea during the second cycle.", "irinotecan", "diarrhea:-:irinotecan")]
    [InlineData("He received docetaxel. G3-4 neutropenia occurred after the first cycle.", "docetaxel", "neutropenia:-:docetaxel")]
    [InlineData("She received docetaxel. After the first cycle she had grade 3 to grade 4 neutropenia.", "docetaxel", "neutropenia:-:docetaxel")]
    public void AGradeIsOneStatedGrade(string text, string drugs, string expected) =>
        Assert.Equal(expected, AdverseEventProbe.Read(text, drugs));
}
