using CaseIngest.Core.Extraction.Drugs;
using CaseIngest.Core.Lexicons;

namespace CaseIngest.Core.Tests.Drugs;

public sealed class DrugLexiconTests
{
    private static readonly (int, string)[] GoodDrugs = [(1, "cisplatin\tplatinum agent\tPlatinol|=CDDP"), (2, "etoposide\ttopoisomerase inhibitor\tVP-16")];
    private static readonly (int, string)[] GoodStems = [(1, "tinib\ttyrosine kinase inhibitor\t8")];
    private static readonly (int, string)[] GoodRegimens = [(1, "EP\tetoposide,cisplatin\tcontext")];
    private static readonly (int, string)[] GoodStopWords = [(1, "water")];

    [Fact]
    public void TheEmbeddedLexiconLoads()
    {
        var lexicon = DrugLexicon.Load(new EngineOptions());
        Assert.True(lexicon.Names.Count > 1500, $"only {lexicon.Names.Count} names");
        Assert.Equal("anti-PD-1 antibody", lexicon.Find("pembrolizumab")!.DrugClass);
        Assert.Equal(0, lexicon.DrugBankNames);
    }

    [Theory]
    [InlineData("cisplatin\tplatinum agent", "drugs.tsv:7: expected 3")]
    [InlineData("carboplatin\tplatinum drug\t", "drugs.tsv:7: unknown drug class 'platinum drug'")]
    [InlineData("Cisplatin\tplatinum agent\t", "drugs.tsv:7: the generic name 'Cisplatin'")]
    [InlineData("carboplatin\tplatinum agent\tPlatinol", "drugs.tsv:7: 'Platinol' already names 'cisplatin'")]
    [InlineData("carboplatin\tplatinum agent\t=CDDP", "drugs.tsv:7: the abbreviation 'CDDP' already names another drug")]
    [InlineData("carboplatin\tplatinum agent\tParaplatin||", "drugs.tsv:7: empty synonym")]
    [InlineData("cisplatin\tplatinum agent\t", "drugs.tsv:7: the generic name 'cisplatin' is listed twice")]
    public void BadDrugLinesAreRejectedWithFileAndLine(string line, string message)
    {
        var drugs = GoodDrugs.Append((7, line)).ToList();
        var error = Assert.Throws<LexiconException>(() => DrugLexicon.Load(drugs, GoodStems, GoodRegimens, GoodStopWords, [], null));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tinib\ttyrosine kinase inhibitor", "inn-stems.tsv:3: expected 3")]
    [InlineData("ti\t-\t8", "inn-stems.tsv:3: the stem 'ti'")]
    [InlineData("mab\tmonoclonal antibody\t4", "inn-stems.tsv:3: the minimum length")]
    [InlineData("mab\tantibody\t9", "inn-stems.tsv:3: unknown drug class 'antibody'")]
    public void BadStemLinesAreRejectedWithFileAndLine(string line, string message)
    {
        var error = Assert.Throws<LexiconException>(() => DrugLexicon.Load(GoodDrugs, [(3, line)], GoodRegimens, GoodStopWords, [], null));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BEP\tbleomycin,etoposide,cisplatin\tcontext", "regimens.tsv:4: the component 'bleomycin' is not a generic name")]
    [InlineData("EP\tetoposide,cisplatin\tcontext", "regimens.tsv:4: the acronym 'EP' is listed twice")]
    [InlineData("PE\tcisplatin,etoposide\tmaybe", "regimens.tsv:4: the flag must be")]
    [InlineData("PE\tcisplatin,etoposide", "regimens.tsv:4: expected 3")]
    [InlineData("PE\tcisplatin,etoposide\tcontext\tcisplatin", "regimens.tsv:4: the other reading must be")]
    [InlineData("PE\tcisplatin,etoposide\tcontext\tbleomycin unless lung", "regimens.tsv:4: the component 'bleomycin' is not a generic name")]
    public void BadRegimenLinesAreRejectedWithFileAndLine(string line, string message)
    {
        var regimens = GoodRegimens.Append((4, line)).ToList();
        var error = Assert.Throws<LexiconException>(() => DrugLexicon.Load(GoodDrugs, GoodStems, regimens, GoodStopWords, [], null));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EndogenousNamesMustBeListedDrugs()
    {
        var error = Assert.Throws<LexiconException>(() => DrugLexicon.Load(GoodDrugs, GoodStems, GoodRegimens, GoodStopWords, [(5, "cortisol")], null));
        Assert.StartsWith("endogenous-drugs.tsv:5:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpperCaseStopWordsAreRejected()
    {
        var error = Assert.Throws<LexiconException>(() => DrugLexicon.Load(GoodDrugs, GoodStems, GoodRegimens, [(2, "Water")], [], null));
        Assert.StartsWith("drug-stopwords.tsv:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DrugBankNamesWidenTheLexiconButNeverOverrideIt()
    {
        const string csv = "\uFEFFDrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key\n"
            + "DB1,A1,Cisplatin,1,U1,Cisplatine | Platinol | cis-Diamminedichloroplatinum,K1\n"
            + "DB2,A2,Colestipol,2,U2,\"Colestipolum | Colestid\",K2\n"
            + "DB3,A3,Water,3,U3,Water for injection | H2O,K3\n"
            + "DB4,A4,Escherichia coli,4,U4,E. coli,K4\n"
            + "DB5,A5,Alkaline phosphatase,5,U5,,K5\n";
        var vocabulary = DrugBankVocabulary.Read(new StringReader(csv.TrimStart('\uFEFF')), "vocab.csv");
        var lexicon = DrugLexicon.Load(GoodDrugs, GoodStems, GoodRegimens, GoodStopWords, [], vocabulary);

        Assert.True(lexicon.Names.TryGet("cisplatine", out var cisplatin));
        Assert.Equal("cisplatin", cisplatin.Name);
        Assert.Equal("platinum agent", cisplatin.DrugClass);
        Assert.True(lexicon.Names.TryGet("Colestid", out var colestipol));
        Assert.Equal("colestipol", colestipol.Name);
        Assert.False(lexicon.Names.TryGet("water", out _));
        Assert.False(lexicon.Names.TryGet("escherichia coli", out _));
        Assert.False(lexicon.Names.TryGet("alkaline phosphatase", out _));
    }

    [Fact]
    public void ADrugBankFileWithoutItsHeaderIsRejected()
    {
        var error = Assert.Throws<LexiconException>(() => DrugBankVocabulary.Read(new StringReader("id,name\nDB1,Cisplatin\n"), "vocab.csv"));
        Assert.StartsWith("vocab.csv:1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingDrugBankFileIsRejected()
    {
        Assert.Throws<LexiconException>(() => DrugBankVocabulary.Read(Path.Combine(Path.GetTempPath(), "no-such-drugbank.csv")));
    }

    [Theory]
    [InlineData("chemotherapy", false)]
    [InlineData("antibiotics", false)]
    [InlineData("general anesthesia", false)]
    [InlineData("sodium valproate", true)]
    [InlineData("R-CHOP regimen", true)]
    [InlineData("zorifertinib", true)]
    public void NamedAgentsAreTellableFromClassesAndProcedures(string phrase, bool named)
    {
        Assert.Equal(named, DrugLexicon.Load(new EngineOptions()).ContainsNamedAgent(phrase));
    }
}
