using System.Buffers.Binary;
using CaseIngest.Core.Extraction.Diagnoses;
using CaseIngest.Core.Extraction.Markers;

namespace CaseIngest.Core.Lexicons;

/// <summary>
/// The marker and diagnosis lexicons in a compact form written at build time (<c>eng/lexicons/snapshot</c>, run by the
/// engine's build after it compiles) from the same tables and code, shipped beside the engine as <see cref="FileName"/>.
/// It carries the module version id of the engine build that wrote it: a snapshot of another build, a missing one or
/// an unreadable one is not used (<see cref="LexiconSnapshotFile"/> says so in one line), and the
/// lexicons are built from their tables instead. Each lexicon is a section of its own, with its own string table, so
/// one is read without the other.
/// </summary>
internal static class LexiconSnapshot
{
    public const string FileName = "CaseIngest.Core.lexicons.bin";

    private const uint Magic = 0x5843494C; // "LICX"
    private const int Version = 2;
    private const int SectionCount = 2;
    private const int MarkerSection = 0;
    private const int DiagnosisSection = 1;

    /// <summary>Magic, version, module version id, then the length of each section.</summary>
    internal const int HeaderLength = 4 + 4 + 16 + (4 * SectionCount);

    /// <summary>Reads one section of a snapshot.</summary>
    private delegate T SectionReader<T>(ref LexiconSnapshotReader reader);

    /// <summary>Builds the lexicons from their tables and writes their snapshot to <paramref name="path"/>.</summary>
    public static void Write(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllBytes(path, Serialize(MarkerLexicon.Build(), DiagnosisLexicon.Build()));
    }

    /// <summary>The snapshot of the lexicons: header (magic, version, module version id, section lengths), then each section (string table, lexicon).</summary>
    public static byte[] Serialize(MarkerLexicon markers, DiagnosisLexicon diagnoses)
    {
        ArgumentNullException.ThrowIfNull(markers);
        ArgumentNullException.ThrowIfNull(diagnoses);
        var sections = new byte[SectionCount][];
        sections[MarkerSection] = Section(markers.WriteTo);
        sections[DiagnosisSection] = Section(diagnoses.WriteTo);

        var snapshot = new byte[HeaderLength + sections.Sum(s => s.Length)];
        var span = snapshot.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], Version);
        BuildId.TryWriteBytes(span[8..]);
        var position = HeaderLength;
        for (var i = 0; i < sections.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[(24 + (4 * i))..], sections[i].Length);
            sections[i].CopyTo(span[position..]);
            position += sections[i].Length;
        }

        return snapshot;
    }

    /// <summary>The marker lexicon of a snapshot of this build; null when <paramref name="snapshot"/> is of another build or version.</summary>
    public static MarkerLexicon? DeserializeMarkers(ReadOnlySpan<byte> snapshot) => Read(snapshot, MarkerSection, MarkerLexicon.ReadFrom);

    /// <summary>The diagnosis lexicon of a snapshot of this build; null when <paramref name="snapshot"/> is of another build or version.</summary>
    public static DiagnosisLexicon? DeserializeDiagnoses(ReadOnlySpan<byte> snapshot) => Read(snapshot, DiagnosisSection, DiagnosisLexicon.ReadFrom);

    /// <summary>The marker lexicon of the snapshot beside the engine; null when there is none for this build or it cannot be read.</summary>
    public static MarkerLexicon? TryReadMarkers() => LexiconSnapshotFile.Beside.TryRead(static bytes => DeserializeMarkers(bytes));

    /// <summary>The diagnosis lexicon of the snapshot beside the engine; null when there is none for this build or it cannot be read.</summary>
    public static DiagnosisLexicon? TryReadDiagnoses() => LexiconSnapshotFile.Beside.TryRead(static bytes => DeserializeDiagnoses(bytes));

    private static byte[] Section(Action<LexiconSnapshotWriter> write)
    {
        var writer = new LexiconSnapshotWriter();
        write(writer);
        return writer.ToArray([]);
    }

    private static T? Read<T>(ReadOnlySpan<byte> snapshot, int section, SectionReader<T> read)
        where T : class
    {
        if (snapshot.Length < HeaderLength
            || BuildId == Guid.Empty
            || BinaryPrimitives.ReadUInt32LittleEndian(snapshot) != Magic
            || BinaryPrimitives.ReadInt32LittleEndian(snapshot[4..]) != Version
            || new Guid(snapshot.Slice(8, 16)) != BuildId)
        {
            return null;
        }

        // every section's length is checked against the file, so a truncated snapshot fails whichever section is read
        var (start, length) = (0, 0);
        var position = HeaderLength;
        for (var i = 0; i < SectionCount; i++)
        {
            var sectionLength = BinaryPrimitives.ReadInt32LittleEndian(snapshot[(24 + (4 * i))..]);
            if (sectionLength < 0 || sectionLength > snapshot.Length - position)
            {
                throw new LexiconException("The lexicon snapshot is truncated.");
            }

            (start, length) = i == section ? (position, sectionLength) : (start, length);
            position += sectionLength;
        }

        if (position != snapshot.Length)
        {
            throw new LexiconException("The lexicon snapshot has bytes after its end.");
        }

        var reader = new LexiconSnapshotReader(snapshot.Slice(start, length), 0);
        var lexicon = read(ref reader);
        return reader.AtEnd ? lexicon : throw new LexiconException("The lexicon snapshot has bytes after the end of a section.");
    }

    /// <summary>False where the runtime does not give the engine's module version id (Native AOT): no snapshot can be matched to the build there.</summary>
    public static bool IsAvailable => BuildId != Guid.Empty;

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
