using System.Globalization;

namespace CaseIngest.Core.Tests.Maccrobat;

/// <summary>
/// A brat standoff (.ann) file: entities (T), events (E, each resolved to its trigger entity), relations (R) and attributes
/// (A, keyed by the trigger entity). Equivalences (*) and annotator notes (#) are not needed and are skipped.
/// </summary>
internal sealed class BratDocument
{
    private readonly Dictionary<string, BratEntity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _attributes = new(StringComparer.Ordinal);
    private readonly List<BratRelation> _relations = [];

    private BratDocument()
    {
    }

    /// <summary>Entities in order of their first offset.</summary>
    public IReadOnlyList<BratEntity> Entities { get; private set; } = [];

    public IReadOnlyList<BratRelation> Relations => _relations;

    public static BratDocument Load(string annPath) => Parse(File.ReadLines(annPath, System.Text.Encoding.UTF8));

    public static BratDocument Parse(IEnumerable<string> lines)
    {
        var document = new BratDocument();
        var events = new Dictionary<string, string>(StringComparer.Ordinal);
        var relations = new List<(string Type, string Arg1, string Arg2)>();
        var attributes = new List<(string Name, string Target, string Value)>();
        foreach (var line in lines)
        {
            var cells = line.Split('\t');
            if (cells.Length < 2 || cells[0].Length == 0)
            {
                continue;
            }

            var fields = cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (cells[0][0])
            {
                case 'T' when cells.Length >= 3:
                    document._entities[cells[0]] = new BratEntity(cells[0], fields[0], Ranges(cells[1][(fields[0].Length + 1)..]), cells[2]);
                    break;
                case 'E':
                    events[cells[0]] = fields[0][(fields[0].IndexOf(':', StringComparison.Ordinal) + 1)..];
                    break;
                case 'R' when fields.Length >= 3:
                    relations.Add((fields[0], Argument(fields[1]), Argument(fields[2])));
                    break;
                case 'A' when fields.Length >= 2:
                    attributes.Add((fields[0], fields[1], fields.Length > 2 ? fields[2] : "true"));
                    break;
            }
        }

        string Resolve(string id) => events.TryGetValue(id, out var trigger) ? trigger : id;
        foreach (var (type, arg1, arg2) in relations)
        {
            document._relations.Add(new BratRelation(type, Resolve(arg1), Resolve(arg2)));
        }

        foreach (var (name, target, value) in attributes)
        {
            var id = Resolve(target);
            if (!document._attributes.TryGetValue(id, out var values))
            {
                document._attributes[id] = values = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            values[name] = value;
        }

        document.Entities = [.. document._entities.Values.OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal)];
        return document;
    }

    public BratEntity? Entity(string id) => _entities.GetValueOrDefault(id);

    public IEnumerable<BratEntity> OfType(string type) => Entities.Where(e => e.Type == type);

    /// <summary>An attribute's value on an entity or on the event it triggers ("NEG" for POLARITY), or null.</summary>
    public string? Attribute(string entityId, string name) =>
        _attributes.TryGetValue(entityId, out var values) && values.TryGetValue(name, out var value) ? value : null;

    /// <summary>Whether the entity carries no POLARITY attribute: not negated, not uncertain, not hedged.</summary>
    public bool IsAffirmed(string entityId) => Attribute(entityId, "POLARITY") is null;

    /// <summary>The entities of <paramref name="type"/> that modify <paramref name="entityId"/> (MODIFY Arg1 -> Arg2), in offset order.</summary>
    public IEnumerable<BratEntity> Modifiers(string entityId, string type) =>
        _relations.Where(r => r.Type == "MODIFY" && r.Arg2 == entityId)
            .Select(r => Entity(r.Arg1)).OfType<BratEntity>().Where(e => e.Type == type).OrderBy(e => e.Start);

    /// <summary>The entities related to <paramref name="entityId"/> as Arg1 of a relation of <paramref name="relation"/> type.</summary>
    public IEnumerable<BratEntity> Sources(string entityId, string relation) =>
        _relations.Where(r => r.Type == relation && r.Arg2 == entityId).Select(r => Entity(r.Arg1)).OfType<BratEntity>();

    /// <summary>
    /// The causes of <paramref name="entityId"/> (Arg1 of CAUSE), with a Coreference ("ERT", "the drug") read as the
    /// entity an IDENTICAL relation links it to.
    /// </summary>
    public IEnumerable<BratEntity> Causes(string entityId) =>
        Sources(entityId, "CAUSE").Select(cause => cause.Type == "Coreference" ? Antecedent(cause.Id) ?? cause : cause);

    private BratEntity? Antecedent(string coreferenceId) => _relations
        .Where(r => r.Type == "IDENTICAL" && (r.Arg1 == coreferenceId || r.Arg2 == coreferenceId))
        .Select(r => Entity(r.Arg1 == coreferenceId ? r.Arg2 : r.Arg1))
        .FirstOrDefault(e => e is not null && e.Type != "Coreference");

    /// <summary>Whether an IDENTICAL relation links the two entities (either way round).</summary>
    public bool Identical(string first, string second) =>
        _relations.Exists(r => r.Type == "IDENTICAL" && ((r.Arg1 == first && r.Arg2 == second) || (r.Arg1 == second && r.Arg2 == first)));

    private static string Argument(string field) => field[(field.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static List<(int Start, int End)> Ranges(string offsets)
    {
        var ranges = new List<(int, int)>();
        foreach (var part in offsets.Split(';'))
        {
            var bounds = part.Trim().Split(' ');
            ranges.Add((int.Parse(bounds[0], CultureInfo.InvariantCulture), int.Parse(bounds[1], CultureInfo.InvariantCulture)));
        }

        return ranges;
    }
}
