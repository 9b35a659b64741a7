using CaseIngest.Cli;

namespace CaseIngest.Core.Tests.Cli;

public sealed class FileBytesTests
{
    [Fact]
    public void ReadsEachFileWhole_ALargeOneThenASmallerOneAndAnEmptyOne()
    {
        var folder = Directory.CreateTempSubdirectory("caseingest-filebytes-");
        try
        {
            var large = new byte[300_000];
            new Random(7).NextBytes(large);
            var small = "A 54-year-old man presented with fever."u8.ToArray();
            File.WriteAllBytes(Path.Combine(folder.FullName, "large.bin"), large);
            File.WriteAllBytes(Path.Combine(folder.FullName, "small.txt"), small);
            File.WriteAllBytes(Path.Combine(folder.FullName, "empty.txt"), []);
            var files = new FileBytes();

            Assert.True(files.Read(Path.Combine(folder.FullName, "large.bin")).SequenceEqual(large));
            Assert.True(files.Read(Path.Combine(folder.FullName, "small.txt")).SequenceEqual(small));
            Assert.Equal(0, files.Read(Path.Combine(folder.FullName, "empty.txt")).Length);
            Assert.True(files.Read(Path.Combine(folder.FullName, "large.bin")).SequenceEqual(large));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void AMissingFileThrowsAsReadAllBytesDoes()
    {
        var missing = Path.Combine(Path.GetTempPath(), "caseingest-missing-" + Guid.NewGuid().ToString("N") + ".txt");

        Assert.Throws<FileNotFoundException>(() => new FileBytes().Read(missing).Length);
    }
}
