using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CaseIngest.Deploy.Tests.Support;

/// <summary>
/// Evaluates the part of the ARM template expression language a compiled template uses to assemble values
/// (<c>concat</c>, <c>createArray</c>, <c>createObject</c>, <c>if</c>, <c>equals</c>, <c>not</c>, <c>empty</c>,
/// <c>format</c>, <c>parameters</c>, <c>variables</c>, <c>true</c>, <c>false</c>) for given parameter values. What
/// only a deployment knows (<c>reference</c>, <c>resourceId</c>, <c>listKeys</c>, …) stays as its expression text,
/// so a test can still see where a value comes from.
/// </summary>
internal sealed class ArmExpression
{
    private readonly JsonObject _template;
    private readonly IReadOnlyDictionary<string, JsonNode?> _parameters;
    private string _text = "";
    private int _position;

    public ArmExpression(JsonObject template, IReadOnlyDictionary<string, JsonNode?>? parameters = null)
    {
        _template = template;
        _parameters = parameters ?? new Dictionary<string, JsonNode?>();
    }

    /// <summary>A template value with every expression string in it evaluated (objects and arrays walked).</summary>
    public JsonNode? Evaluate(JsonNode? value) => value switch
    {
        JsonObject obj => new JsonObject(obj.Select(pair => KeyValuePair.Create(pair.Key, Evaluate(pair.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Evaluate)]),
        JsonValue text when text.TryGetValue<string>(out var s) && s.StartsWith('[') && !s.StartsWith("[[", StringComparison.Ordinal) =>
            new ArmExpression(_template, _parameters).Parse(s[1..^1]),
        _ => value?.DeepClone(),
    };

    private JsonNode? Parse(string text)
    {
        _text = text;
        _position = 0;
        var value = Expression();
        SkipSpaces();
        return _position == _text.Length ? value : throw new FormatException($"Unexpected '{_text[_position..]}' in [{_text}]");
    }

    private JsonNode? Expression()
    {
        SkipSpaces();
        var start = _position;
        JsonNode? value;
        if (Peek() == '\'')
        {
            value = JsonValue.Create(StringLiteral());
        }
        else if (char.IsDigit(Peek()) || Peek() == '-')
        {
            while (char.IsDigit(Peek()) || Peek() == '-')
            {
                _position++;
            }

            value = JsonValue.Create(long.Parse(_text[start.._position], CultureInfo.InvariantCulture));
        }
        else
        {
            value = Call(start);
        }

        while (Peek() is '.' or '[')
        {
            if (Peek() == '.')
            {
                _position++;
                var name = Identifier();
                value = value is JsonObject obj ? obj[name]?.DeepClone() : Opaque(start);
            }
            else
            {
                _position++;
                var index = Expression();
                Expect(']');
                value = value is JsonArray array && index is JsonValue number && number.TryGetValue<long>(out var i)
                    ? array[(int)i]?.DeepClone()
                    : Opaque(start);
            }
        }

        return value;
    }

    private JsonNode? Call(int start)
    {
        var name = Identifier();
        Expect('(');
        var arguments = new List<JsonNode?>();
        SkipSpaces();
        while (Peek() != ')')
        {
            arguments.Add(Expression());
            SkipSpaces();
            if (Peek() == ',')
            {
                _position++;
            }
        }

        Expect(')');
        return name switch
        {
            "concat" when arguments.All(a => a is JsonArray) => new JsonArray([.. arguments.SelectMany(a => a!.AsArray().Select(e => e?.DeepClone()))]),
            "concat" => JsonValue.Create(string.Concat(arguments.Select(a => a?.ToString()))),
            "createArray" => new JsonArray([.. arguments]),
            "createObject" => new JsonObject(Enumerable.Range(0, arguments.Count / 2)
                .Select(i => KeyValuePair.Create(arguments[2 * i]!.ToString(), arguments[(2 * i) + 1]))),
            "if" => IsTrue(arguments[0]) ? arguments[1] : arguments[2],
            "equals" => JsonValue.Create(JsonNode.DeepEquals(arguments[0], arguments[1])),
            "not" => JsonValue.Create(!IsTrue(arguments[0])),
            "empty" => JsonValue.Create(arguments[0] is null || arguments[0]!.ToString().Length == 0 || arguments[0] is JsonArray { Count: 0 }),
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            "format" => JsonValue.Create(Format(arguments)),
            "parameters" => Parameter(arguments[0]!.ToString()),
            "variables" => Evaluate(_template["variables"]![arguments[0]!.ToString()]),
            _ => Opaque(start),
        };
    }

    private JsonNode? Parameter(string name) =>
        _parameters.TryGetValue(name, out var value) ? value?.DeepClone() : Evaluate(_template["parameters"]![name]!["defaultValue"]);

    private static string Format(List<JsonNode?> arguments)
    {
        var values = arguments.Skip(1).Select(a => (object?)a?.ToString()).ToArray();
        return string.Format(CultureInfo.InvariantCulture, arguments[0]!.ToString(), values);
    }

    private static bool IsTrue(JsonNode? value) => value is JsonValue v && v.TryGetValue<bool>(out var b)
        ? b
        : throw new FormatException($"Not a bool: {value?.ToJsonString()}");

    private JsonValue Opaque(int start) => JsonValue.Create(_text[start.._position]);

    private string StringLiteral()
    {
        Expect('\'');
        var builder = new StringBuilder();
        while (true)
        {
            var c = _text[_position++];
            if (c == '\'')
            {
                if (Peek() != '\'')
                {
                    return builder.ToString();
                }

                _position++;
            }

            builder.Append(c);
        }
    }

    private string Identifier()
    {
        SkipSpaces();
        var start = _position;
        while (char.IsLetterOrDigit(Peek()) || Peek() == '_')
        {
            _position++;
        }

        return start == _position ? throw new FormatException($"Expected a name at {_position} in [{_text}]") : _text[start.._position];
    }

    private void Expect(char c)
    {
        SkipSpaces();
        if (Peek() != c)
        {
            throw new FormatException($"Expected '{c}' at {_position} in [{_text}]");
        }

        _position++;
    }

    private void SkipSpaces()
    {
        while (Peek() == ' ')
        {
            _position++;
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';
}
