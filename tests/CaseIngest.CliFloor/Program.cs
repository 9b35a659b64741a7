using CaseIngest.CliFloor;
using CaseIngest.Core.Formats;
using CaseIngest.Core.Text;

// caseingest-floor FILE…: for each file, its path, character, token and sentence counts as one JSON line.
// Exit code 1 when a file could not be read or decoded (the rest are still read).
var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
var failed = 0;
foreach (var path in args)
{
    byte[] bytes;
    try
    {
        bytes = File.ReadAllBytes(path);
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
    {
        failed++;
        Console.Error.WriteLine($"{path}: the file cannot be read.");
        continue;
    }

    var decoded = TextDecoder.Decode(bytes);
    if (decoded.Text is not { } text)
    {
        failed++;
        Console.Error.WriteLine($"{path}: {decoded.Error?.Message}");
        continue;
    }

    var tokens = Tokenizer.Tokenize(text);
    var sentences = SentenceSplitter.Split(text);
    output.WriteLine(FloorLine.Format(path, text.Length, tokens.Length, sentences.Count));
}

output.Flush();
return failed == 0 ? 0 : 1;
