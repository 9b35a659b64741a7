using System.Text;

namespace CaseIngest.Cli;

/// <summary>
/// The process's standard output as a buffered stream of UTF-8 bytes: records are serialised straight to UTF-8 and
/// written in 64 KB blocks, instead of through <see cref="Console.Out"/>, which flushes (one system call) at every
/// line and encodes each record's string again. Where the console's encoding is not UTF-8 the bytes are transcoded to
/// it, so the output is what <see cref="Console.Out"/> would print.
/// </summary>
internal static class StandardOutput
{
    private const int BufferSize = 64 * 1024;

    public static Stream Open()
    {
        var stream = Console.OpenStandardOutput();
        var encoding = Console.OutputEncoding;
        if (encoding.CodePage != Encoding.UTF8.CodePage)
        {
            stream = Encoding.CreateTranscodingStream(stream, encoding, Encoding.UTF8, leaveOpen: false);
        }

        return new BufferedStream(stream, BufferSize);
    }
}
