using CaseIngest.Core.Parsing;

namespace CaseIngest.Core.Formats;

/// <summary>
/// Collects section starts in text order and turns them into sections that are ordered, non-overlapping and cover
/// the whole text: each section runs to the start of the next; runs of the same name and kind are merged.
/// </summary>
internal sealed class SectionBuilder
{
    private readonly List<(int Start, string Name, SectionKind Kind)> _marks = [];

    /// <summary>Starts a section at <paramref name="start"/>; a later mark at the same offset replaces it.</summary>
    public void Mark(int start, string name, SectionKind kind)
    {
        if (_marks.Count > 0)
        {
            var last = _marks[^1];
            if (start < last.Start)
            {
                throw new ArgumentOutOfRangeException(nameof(start), "Section marks must come in text order.");
            }

            if (last.Start == start)
            {
                _marks[^1] = (start, name, kind);
                return;
            }

            if (last.Name == name && last.Kind == kind)
            {
                return;
            }
        }

        _marks.Add((start, name, kind));
    }

    public IReadOnlyList<Section> Build(int length)
    {
        var sections = new List<Section>(_marks.Count + 1);
        if (length == 0)
        {
            return sections;
        }

        if (_marks.Count == 0 || _marks[0].Start > 0)
        {
            var end = _marks.Count == 0 ? length : Math.Min(_marks[0].Start, length);
            sections.Add(new Section("Body", SectionKind.Body, 0, end));
        }

        for (var i = 0; i < _marks.Count; i++)
        {
            var start = _marks[i].Start;
            var end = i + 1 < _marks.Count ? _marks[i + 1].Start : length;
            end = Math.Min(end, length);
            if (end <= start)
            {
                continue;
            }

            var previous = sections.Count > 0 ? sections[^1] : null;
            if (previous is not null && previous.Name == _marks[i].Name && previous.Kind == _marks[i].Kind && previous.End == start)
            {
                sections[^1] = previous with { End = end };
            }
            else
            {
                sections.Add(new Section(_marks[i].Name, _marks[i].Kind, start, end));
            }
        }

        return sections;
    }
}
