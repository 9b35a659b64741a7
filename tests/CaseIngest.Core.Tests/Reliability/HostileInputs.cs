using System.Text;
using CaseIngest.Core.Tests.Support;

namespace CaseIngest.Core.Tests.Reliability;

/// <summary>
/// Generates the hostile corpus: random bytes, empty and blank files, truncated and malformed XML and HTML,
/// DOCTYPE tricks, deep nesting, huge files and lines, broken encodings, binary magic numbers, absurd numbers,
/// pathological punctuation and mutated real documents. Seeded, so every run tries the same inputs.
/// </summary>
internal static class HostileInputs
{
    private const string Punctuation = "()[]{}<>.,;:-–—/\\|+*?!%#&@$^~`'\"=_µ≥≤×";

    private static readonly string[] Fragments =
    [
        "mg", "Gy", "cGy", "q3w", "every", "cycles", "PD-L1", "TPS", "%", "grade", "x", "×", "fractions", "mut/Mb",
        "1e999", "99999999999", "-0", "0.0.0.0", "p.G12C", "exon", "positive", "negative", "no", "not", "Case",
        "Patient", "year-old", "man", "woman", "pembrolizumab", "FOLFOX", "R-CHOP", "AUC", "mg/m2", "IV",
    ];

    public static IEnumerable<HostileInput> All()
    {
        var random = new Random(20261122);
        foreach (var input in RandomBytes(random))
        {
            yield return input;
        }

        foreach (var input in EmptyAndBlank())
        {
            yield return input;
        }

        foreach (var input in BrokenXml(random))
        {
            yield return input;
        }

        foreach (var input in BrokenHtml(random))
        {
            yield return input;
        }

        foreach (var input in Encodings())
        {
            yield return input;
        }

        foreach (var input in Magic())
        {
            yield return input;
        }

        foreach (var input in AbsurdNumbers(random))
        {
            yield return input;
        }

        foreach (var input in PathologicalPunctuation(random))
        {
            yield return input;
        }

        foreach (var input in MutatedDocuments(random))
        {
            yield return input;
        }

        yield return new HostileInput("huge", "single-10mb-line.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("pembrolizumab 200 mg q3w 50 Gy PD-L1 80% (((( ", 10 * 1024 * 1024 / 46))));
        yield return new HostileInput("huge", "50mb.txt", Encoding.UTF8.GetBytes(new string('a', 50 * 1024 * 1024)));
    }

    private static IEnumerable<HostileInput> RandomBytes(Random random)
    {
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            yield return new HostileInput("random-bytes", $"random-{i}.bin", bytes);
        }
    }

    private static IEnumerable<HostileInput> EmptyAndBlank()
    {
        yield return new HostileInput("empty", "empty.txt", []);
        string[] blanks = [" ", "\n", "\r\n\r\n", "\t \t", "\u00A0\u2003", "\uFEFF", new string(' ', 100_000)];
        for (var i = 0; i < blanks.Length; i++)
        {
            yield return new HostileInput("empty", $"blank-{i}.txt", Encoding.UTF8.GetBytes(blanks[i]));
        }

        yield return new HostileInput("empty", "bom-only.txt", [0xEF, 0xBB, 0xBF]);
    }

    private static IEnumerable<HostileInput> BrokenXml(Random random)
    {
        var sources = Corpus.Files("pubmed-xml", "*.xml").Take(40).Concat(Corpus.Files("jats", "*.nxml")).ToList();
        foreach (var path in sources)
        {
            var bytes = File.ReadAllBytes(path);
            for (var k = 0; k < 3; k++)
            {
                var cut = random.Next(1, Math.Max(2, bytes.Length - 1));
                yield return new HostileInput("truncated-xml", $"{Path.GetFileName(path)}-cut{cut}.xml", bytes[..cut]);
            }
        }

        string[] malformed =
        [
            "<?xml version=\"1.0\"?><PubmedArticleSet><PubmedArticle><MedlineCitation>",
            "<PubmedArticleSet><PubmedArticle></PubmedArticleSet>",
            "<?xml version=\"1.0\"?><article><front><article-meta><title-group><article-title>x</article-title></title-group></article-meta></front><body><sec><p>text & more</p></sec></body></article>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<PubmedArticleSet/>",
            "<article/>",
            "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>&xxe;</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>",
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\"><!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\"><!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\"><!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\"><!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\"><!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]><PubmedArticleSet><PubmedArticle><MedlineCitation><Article><ArticleTitle>&lol9;</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>",
            "<?xml version=\"1.0\"?><!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.0 20120330//EN\" \"http://jats.nlm.nih.gov/publishing/1.0/JATS-journalpublishing1.dtd\"><article><body><p>x</p></body></article>",
            "<PubmedArticleSet>" + string.Concat(Enumerable.Repeat("<PubmedArticle>", 50_000)),
            "<a>" + new string('<', 10_000),
        ];
        for (var i = 0; i < malformed.Length; i++)
        {
            yield return new HostileInput("malformed-xml", $"malformed-{i}.xml", Encoding.UTF8.GetBytes(malformed[i]));
        }
    }

    private static IEnumerable<HostileInput> BrokenHtml(Random random)
    {
        var legacy = File.ReadAllBytes(Corpus.File("pubmed-html", "legacy-layout", "pubmed_22188593_legacy.html"));
        for (var k = 0; k < 30; k++)
        {
            var cut = random.Next(1, legacy.Length - 1);
            yield return new HostileInput("truncated-html", $"legacy-cut{cut}.html", legacy[..cut]);
        }

        yield return new HostileInput("deep-html", "nested-100000.html", Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "pembrolizumab" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>"));
        yield return new HostileInput("deep-html", "unclosed-100000.html", Encoding.UTF8.GetBytes(
            "<html><body>" + string.Concat(Enumerable.Repeat("<span><b>", 50_000))));
        yield return new HostileInput("malformed-html", "meta-only.html", Encoding.UTF8.GetBytes("<html><head><meta name=\"citation_pmid\" content=\"\"><meta name=\"citation_title\"></head></html>"));
        yield return new HostileInput("malformed-html", "script-only.html", Encoding.UTF8.GetBytes("<html><script>" + new string('x', 100_000) + "</script></html>"));
    }

    private static IEnumerable<HostileInput> Encodings()
    {
        const string text = "A 57-year-old man received pembrolizumab 200 mg every 3 weeks; PD-L1 TPS 80%.";
        yield return new HostileInput("encoding", "utf16le-bom.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        yield return new HostileInput("encoding", "utf16be-bom.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]);
        yield return new HostileInput("encoding", "utf16le-nobom.txt", Encoding.Unicode.GetBytes(text));
        yield return new HostileInput("encoding", "utf16be-nobom.txt", Encoding.BigEndianUnicode.GetBytes(text));
        yield return new HostileInput("encoding", "invalid-utf8.txt", [.. Encoding.UTF8.GetBytes(text), 0xC3, 0x28, 0xFF, 0xFE]);
        yield return new HostileInput("encoding", "overlong-utf8.txt", [0xC0, 0xAF, .. Encoding.UTF8.GetBytes(text)]);
        yield return new HostileInput("encoding", "lone-surrogate.txt", [0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes(text)]);
        yield return new HostileInput("encoding", "nul-bytes.txt", [.. Encoding.UTF8.GetBytes(text), 0, 0, .. Encoding.UTF8.GetBytes(text)]);
        yield return new HostileInput("encoding", "latin1.txt", Encoding.Latin1.GetBytes("Patient received 5 µg/kg — naïve café " + text));
        yield return new HostileInput("encoding", "utf16-odd-length.txt", [0xFF, 0xFE, 0x41, 0x00, 0x42]);
    }

    private static IEnumerable<HostileInput> Magic()
    {
        byte[][] magics =
        [
            [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A],
            [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00],
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
            [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10],
            [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
            [0x1F, 0x8B, 0x08, 0x00],
        ];
        for (var i = 0; i < magics.Length; i++)
        {
            yield return new HostileInput("magic", $"magic-{i}.bin", [.. magics[i], .. Encoding.ASCII.GetBytes(" pembrolizumab 200 mg")]);
        }
    }

    private static IEnumerable<HostileInput> AbsurdNumbers(Random random)
    {
        string[] sentences =
        [
            "He received pembrolizumab 1e999 mg every 1e999 weeks for 99999999999 cycles.",
            "Radiotherapy 99999999999 Gy in 0 fractions (0 Gy per fraction) to the brain.",
            "Radiotherapy -50 Gy in -5 fractions.",
            "PD-L1 TPS 100000000000000000000000%; TMB 1e308 mutations/megabase.",
            "A 999999999999-year-old man; a -3-year-old woman; a 0.000000001-month-old boy.",
            "Tumor shrank by 1e400% after NaN cycles; PFS of Infinity months; OS of 10^999 years.",
            "Nivolumab 3 mg/kg q99999999999999999999w; carboplatin AUC 1e-999.",
            "3,900,000,000,000,000,000,000 cGy were delivered in 1,000,000,000,000 fractions.",
            "grade 99999999999 colitis, grade -1 rash, grade 1.5 pneumonitis.",
        ];
        foreach (var sentence in sentences)
        {
            yield return new HostileInput("absurd-numbers", "absurd.txt", Encoding.UTF8.GetBytes("Case presentation\n" + sentence));
        }

        for (var i = 0; i < 50; i++)
        {
            var builder = new StringBuilder("Case presentation\n");
            for (var k = 0; k < 60; k++)
            {
                builder.Append(random.Next(3) switch
                {
                    0 => new string('9', random.Next(1, 400)),
                    1 => "0." + new string('0', random.Next(1, 300)) + "1",
                    _ => Fragments[random.Next(Fragments.Length)],
                });
                builder.Append(random.Next(4) == 0 ? "" : " ");
            }

            yield return new HostileInput("absurd-numbers", $"numbers-{i}.txt", Encoding.UTF8.GetBytes(builder.ToString()));
        }
    }

    private static IEnumerable<HostileInput> PathologicalPunctuation(Random random)
    {
        foreach (var c in Punctuation)
        {
            yield return new HostileInput("punctuation", $"run-{(int)c}.txt", Encoding.UTF8.GetBytes("Case presentation\npembrolizumab " + new string(c, 20_000) + " 50 Gy"));
        }

        for (var i = 0; i < 300; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(10, 6000);
            while (builder.Length < length)
            {
                switch (random.Next(5))
                {
                    case 0:
                        builder.Append(Fragments[random.Next(Fragments.Length)]);
                        break;
                    case 1:
                        builder.Append(random.Next(100_000));
                        break;
                    case 2:
                        builder.Append(' ');
                        break;
                    default:
                        builder.Append(Punctuation[random.Next(Punctuation.Length)], random.Next(1, 30));
                        break;
                }
            }

            yield return new HostileInput("punctuation", $"mix-{i}.txt", Encoding.UTF8.GetBytes(builder.ToString()));
        }
    }

    private static IEnumerable<HostileInput> MutatedDocuments(Random random)
    {
        var documents = Corpus.Files("cases-io", "*.txt").Concat(Corpus.Files("medline-text", "*.txt")).ToList();
        for (var i = 0; i < 100; i++)
        {
            var text = File.ReadAllText(documents[i % documents.Count]).ToCharArray();
            for (var k = 0; k < text.Length / 50; k++)
            {
                text[random.Next(text.Length)] = Punctuation[random.Next(Punctuation.Length)];
            }

            yield return new HostileInput("mutated", $"mutated-{i}.txt", Encoding.UTF8.GetBytes(text));
        }
    }
}
