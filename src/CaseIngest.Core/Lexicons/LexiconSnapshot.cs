using System.Buffers.Binary;
using CaseIngest.Core.Extraction.Markers;

namespace CaseIngest.Core.Lexicons;

/// <summary>
/// The marker lexicon in a compact form written at build time (<c>eng/lexicons/snapshot</c>, run by the engine's
/// build after it compiles) from the same tables and code, shipped beside the engine as
/// <see cref="FileName"/>. It carries the module version id of the engine build that wrote it: a snapshot of another
/// build, a missing one or an unreadable one is not used, and the lexicon is built from its tables instead.
/// </summary>
internal static class LexiconSnapshot
{
    public const string FileName = "CaseIngest.Core.lexicons.bin";

    private const uint Magic = 0x5843494C; // "LICX"
    private const int Version = 1;
    private const int HeaderLength = 4 + 4 + 16;

    /// <summary>Builds the marker lexicon from its tables and writes its snapshot to <paramref name="path"/>.</summary>
    public static void Write(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllBytes(path, Serialize(MarkerLexicon.Build()));
    }

    /// <summary>The snapshot of a lexicon: header (magic, version, module version id), string table, lexicon.</summary>
    public static byte[] Serialize(MarkerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var writer = new LexiconSnapshotWriter();
        lexicon.WriteTo(writer);
        Span<byte> header = stackalloc byte[HeaderLength];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], Version);
        BuildId.TryWriteBytes(header[8..]);
        return writer.ToArray(header);
    }

    /// <summary>The lexicon of a snapshot of this build; null when <paramref name="bytes"/> is of another build or version.</summary>
    public static MarkerLexicon? Deserialize(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderLength
            || BuildId == Guid.Empty
            || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic
            || BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]) != Version
            || new Guid(bytes.Slice(8, 16)) != BuildId)
        {
            return null;
        }

        var reader = new LexiconSnapshotReader(bytes, HeaderLength);
        var lexicon = MarkerLexicon.ReadFrom(ref reader);
        return reader.AtEnd ? lexicon : throw new LexiconException("The lexicon snapshot has bytes after its end.");
    }

    /// <summary>The lexicon of the snapshot beside the engine; null when there is none for this build or it cannot be read.</summary>
    public static MarkerLexicon? TryReadMarkers()
    {
        try
        {
            var path = Path.Combine(AppContext.BaseDirectory, FileName);
            return File.Exists(path) ? Deserialize(File.ReadAllBytes(path)) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LexiconException or ArgumentException)
        {
            // built from the tables instead: slower, the same lexicon
            return null;
        }
    }

    /// <summary>The module version id of this engine build (content-based: the build is deterministic); empty where the runtime does not know it.</summary>
    private static Guid BuildId
    {
        get
        {
            try
            {
                return typeof(LexiconSnapshot).Module.ModuleVersionId;
            }
            catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException)
            {
                return Guid.Empty;
            }
        }
    }
}
